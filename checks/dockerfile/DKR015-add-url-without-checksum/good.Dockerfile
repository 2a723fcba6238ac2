# syntax=docker/dockerfile:1.7
FROM alpine:3.20
ADD --checksum=sha256:c5b6a2c8f1e3d4b7a9c0e2f1d3b5a7c9e1f3a5b7c9d1e3f5a7b9c1d3e5f7a9b1 \
    https://github.com/krallin/tini/releases/download/v0.19.0/tini-static /sbin/tini
RUN chmod +x /sbin/tini
ADD https://github.com/moby/buildkit.git#v0.14.1 /src/buildkit
ADD vendor/plugins.tar.gz /opt/plugins/
ENTRYPOINT ["/sbin/tini", "--"]
