# syntax=docker/dockerfile:1.7
FROM debian:bookworm-slim
RUN <<EOT
set -eux
apt-get update
if [ "$(dpkg --print-architecture)" = "amd64" ]; then
  apt-get install -y --no-install-recommends libjemalloc2
fi
rm -rf /var/lib/apt/lists/*
EOT
