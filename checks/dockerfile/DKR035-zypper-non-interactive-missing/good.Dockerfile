FROM opensuse/leap:15.6
RUN zypper -n install curl=8.6.0 && zypper clean --all
RUN zypper --non-interactive update && zypper clean --all
RUN zypper install -y git=2.43.0 && zypper clean -a
RUN zypper -qn in --no-recommends make=4.2.1 && zypper cc -a
RUN zypper refresh && zypper search curl
