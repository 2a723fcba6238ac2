# syntax=docker/dockerfile:1.7
FROM debian:bookworm-slim
RUN <<EOT
set -eux
apt-get update
apt-get install -y --no-install-recommends curl ca-certificates
rm -rf /var/lib/apt/lists/*
EOT
COPY vendor/tool_1.4.0_amd64.deb /tmp/
# a simulated install (-s) installs nothing; it only probes whether the package exists
RUN apt-get update \
 && if apt-get install -s "postgresql-16-jit" > /dev/null 2>&1; then \
      apt-get install -y --no-install-recommends postgresql-16-jit; \
    fi \
 && rm -rf /var/lib/apt/lists/*
RUN dpkg -i /tmp/tool_1.4.0_amd64.deb || (apt-get update && apt-get -f install -y && rm -rf /var/lib/apt/lists/*)
