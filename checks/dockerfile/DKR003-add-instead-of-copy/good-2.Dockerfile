# syntax=docker/dockerfile:1.7
# Remote and git sources are not local copies; an unresolved ARG may be an archive.
FROM alpine:3.20
ARG BUNDLE
ADD --checksum=sha256:c5b6a2c8f1e3d4b7a9c0e2f1d3b5a7c9e1f3a5b7c9d1e3f5a7b9c1d3e5f7a9b1 https://github.com/krallin/tini/releases/download/v0.19.0/tini-static /sbin/tini
ADD --keep-git-dir=false https://github.com/moby/buildkit.git#v0.14.1 /src/buildkit
ADD ${BUNDLE} /opt/bundle/
COPY config/ /etc/app/
