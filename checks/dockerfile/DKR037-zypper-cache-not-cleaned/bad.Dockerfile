FROM opensuse/leap:15.6
# expect: DKR037
RUN zypper -n install curl=8.6.0
RUN zypper -n refresh \
# expect: DKR037
 && zypper -n update
RUN zypper clean --all
