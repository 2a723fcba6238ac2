FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends tini && rm -rf /var/lib/apt/lists/*
RUN set -eux; \
    apt-get -qq update; \
    apt-get -qq upgrade -y; \
    rm -rf /var/lib/apt/lists/*
COPY packages.txt /tmp/packages.txt
RUN apt-get update \
 && xargs apt-get install -y --no-install-recommends < /tmp/packages.txt \
 && rm -rf /var/lib/apt/lists/* /tmp/packages.txt
RUN echo "remember: apt-get update" > /etc/motd
