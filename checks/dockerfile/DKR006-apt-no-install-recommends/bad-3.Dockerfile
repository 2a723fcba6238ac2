# syntax=docker/dockerfile:1.7
FROM debian:bookworm-slim
RUN <<EOF
set -eux
apt-get update
# expect: DKR006
apt-get install -y curl ca-certificates
rm -rf /var/lib/apt/lists/*
EOF
