FROM rockylinux:9
RUN rpm --import https://repo.example.com/RPM-GPG-KEY-vendor \
 && printf '[vendor]\nbaseurl=https://repo.example.com/el9\ngpgcheck=1\nrepo_gpgcheck=0\n' > /etc/yum.repos.d/vendor.repo \
 && dnf install -y vendor-agent-1.2.0 && dnf clean all
# TLS switches belong to DKR012, not to this rule
RUN dnf install -y --setopt=sslverify=0 tool-1.0 && dnf clean all
FROM debian:bookworm-slim
RUN echo "deb [signed-by=/etc/apt/keyrings/vendor.gpg] https://repo.example.com/debian stable main" > /etc/apt/sources.list.d/vendor.list
RUN echo "never pass --allow-unauthenticated" > /README
# a local repository of packages the same RUN just built from source
RUN set -eux; \
    tempDir="$(mktemp -d)"; \
    dpkg-buildpackage -b -uc -us; \
    echo "deb [ trusted=yes ] file://$tempDir ./" > /etc/apt/sources.list.d/temp.list; \
    apt-get -o Acquire::GzipIndexes=false update; \
    rm -rf "$tempDir" /etc/apt/sources.list.d/temp.list
FROM alpine:3.20 AS builder
RUN mkdir -p /tmp/packages && abuild -r -P /tmp/packages
FROM alpine:3.20
# unsigned packages built by this Dockerfile's own stage
RUN --mount=type=bind,target=/tmp/packages/,source=/tmp/packages/,from=builder \
    apk add --no-cache --allow-untrusted /tmp/packages/x86_64/nginx-module-geoip-1.27.3-r1.apk
