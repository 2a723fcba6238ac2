FROM opensuse/leap:15.6
# expect: DKR035
RUN zypper install curl=8.6.0 && zypper clean --all
RUN zypper refresh \
# expect: DKR035
 && zypper update \
 && zypper clean --all
# after the command, -n means --name, not --non-interactive
# expect: DKR035
RUN zypper install -n git=2.43.0 && zypper clean --all
