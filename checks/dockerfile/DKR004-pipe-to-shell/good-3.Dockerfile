# syntax=docker/dockerfile:1.7
# A heredoc body that downloads to a file and runs it from disk after a checksum.
FROM debian:bookworm-slim
RUN <<EOT
set -eux
apt-get update
apt-get install -y --no-install-recommends ca-certificates curl
rm -rf /var/lib/apt/lists/*
curl -fsSLo /tmp/rustup-init.sh https://sh.rustup.rs
echo "32a680a84cf76014915b3f8aa44e3e40731f3af92cd45eb0fcc6264fd257c428  /tmp/rustup-init.sh" | sha256sum -c -
sh /tmp/rustup-init.sh -y --profile minimal --default-toolchain 1.79.0
rm /tmp/rustup-init.sh
EOT
