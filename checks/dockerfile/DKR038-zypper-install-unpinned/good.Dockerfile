FROM opensuse/leap:15.6
ARG PKGS
RUN zypper -n install curl=8.6.0 'git>=2.43' tar-1.34 $PKGS /tmp/vendor.rpm && zypper clean --all
RUN zypper -n install -t pattern devel_basis && zypper clean --all
RUN zypper -n install pattern:devel_C_C++ && zypper clean --all
