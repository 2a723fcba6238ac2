FROM opensuse/leap:15.6
# expect: DKR038
RUN zypper -n install curl git=2.43.0 && zypper clean --all
RUN zypper -n in --no-recommends \
      make=4.2.1 \
# expect: DKR038
      gzip \
 && zypper clean --all
