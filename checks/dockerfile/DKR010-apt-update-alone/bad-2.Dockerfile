FROM ubuntu:24.04
# expect: DKR010
RUN apt -qq update -y && apt-cache policy python3
COPY scripts/install-deps.sh /tmp/
# the install hidden in a script cannot be seen, so this counts as alone
# expect: DKR010
RUN apt-get update && /tmp/install-deps.sh
