FROM debian:bookworm-slim
# the finding points at the first package without a version, on its own line
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \
# expect: DKR028
      ca-certificates \
      git \
 && rm -rf /var/lib/apt/lists/*
# expect: DKR028
RUN apt-get update && apt-get -yqq install --no-install-recommends tini && rm -rf /var/lib/apt/lists/*
