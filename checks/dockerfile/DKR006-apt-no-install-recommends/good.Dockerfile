FROM debian:bookworm-slim
RUN set -eux; \
    buildDeps='gcc libc6-dev make'; \
    apt-get update; \
    apt-get install -y --no-install-recommends $buildDeps ca-certificates; \
    make -C /usr/src/app install; \
    apt-get purge -y --auto-remove $buildDeps; \
    rm -rf /var/lib/apt/lists/*
RUN apt-get update \
 && apt-get install --no-install-recommends -yqq tini \
 && rm -rf /var/lib/apt/lists/*
RUN apt-get update \
 && apt-get -o APT::Install-Recommends=false install -y procps \
 && rm -rf /var/lib/apt/lists/*
RUN echo "run apt-get install yourself if you need extra tools" > /etc/motd
