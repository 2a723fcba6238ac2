FROM debian:bookworm-slim
COPY vendor/tool_1.4.0_amd64.deb /tmp/
RUN set -eux; \
    buildDeps='gcc libc6-dev make'; \
    apt-get update; \
    apt-get install -y --no-install-recommends $buildDeps curl=7.88.1-10+deb12u8 git/bookworm-backports /tmp/tool_1.4.0_amd64.deb; \
    apt-get install -s some-probe; \
    apt-get -f install -y; \
    rm -rf /var/lib/apt/lists/*
