FROM opensuse/leap:15.6
# expect: DKR036
RUN zypper -n dist-upgrade && zypper clean --all
RUN zypper -n refresh \
# expect: DKR036
 && zypper -n dup --allow-vendor-change \
 && zypper clean --all
