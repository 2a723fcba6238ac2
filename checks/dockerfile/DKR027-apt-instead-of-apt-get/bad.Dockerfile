FROM ubuntu:24.04
# expect: DKR027, DKR027
RUN apt update && apt install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN set -eux; \
# expect: DKR027
    DEBIAN_FRONTEND=noninteractive apt -qq upgrade -y
# no automatic fix for `show`: the replacement is apt-cache
# expect: DKR027
RUN apt show curl
