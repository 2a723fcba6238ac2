# syntax=docker/dockerfile:1.7
FROM debian:bookworm-slim
RUN <<EOF
set -eux
apt-get update
# expect: DKR029
apt-get install --no-install-recommends ca-certificates
rm -rf /var/lib/apt/lists/*
EOF
