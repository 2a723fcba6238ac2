FROM debian:bookworm-slim
RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends ca-certificates curl; \
    apt-get clean; \
    rm -rf /var/lib/apt/lists/*
RUN apt-get update \
 && apt-get install -y --no-install-recommends tzdata \
 && rm -rf /var/lib/apt/lists/* /tmp/*
# APT 2.7+ (trixie, noble): dist-clean deletes the lists too, as the official images do
RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends netbase; \
    apt-get dist-clean
RUN apt-get update \
 && apt-get install -y --no-install-recommends procps \
 && find /var/lib/apt/lists -mindepth 1 -delete
