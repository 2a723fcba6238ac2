# Local tar archives are extracted by ADD, which is the legitimate use.
FROM debian:bookworm-slim
ADD rootfs-overlay.tar.xz /
ADD vendor/jdk-21.0.3_linux-x64_bin.tar.gz /opt/
ADD vendor/node-v20.15.1-linux-x64.tgz /opt/
ADD vendor/*.tar.bz2 /opt/plugins/
COPY docker-entrypoint.sh /usr/local/bin/
ENTRYPOINT ["docker-entrypoint.sh"]
