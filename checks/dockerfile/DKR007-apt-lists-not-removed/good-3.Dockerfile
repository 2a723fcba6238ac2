# syntax=docker/dockerfile:1.7
FROM ubuntu:24.04
RUN rm -f /etc/apt/apt.conf.d/docker-clean
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \
    --mount=type=cache,target=/var/lib/apt,sharing=locked \
    apt-get update && apt-get install -y --no-install-recommends git
RUN <<EOT
set -eux
apt-get update
apt-get install -y --no-install-recommends jq
rm -rf /var/lib/apt/lists/*
EOT
