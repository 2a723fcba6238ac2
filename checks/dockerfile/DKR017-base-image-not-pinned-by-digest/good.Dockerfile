# Digest pinned (with or without a tag), scratch, earlier stages, and references DKR002 owns.
FROM golang:1.23.3@sha256:8956c08c8129598db36e92680d6afda0079b6b3a1ca9e7f2bcb8e5aef7a7d3d2 AS build
FROM build AS test
FROM alpine@sha256:1e42bbe2508154c9126d48c2b8a75420c3544343bf86fd041fb7527e017a4b4a AS certs
FROM scratch
COPY --from=certs /etc/ssl/certs /etc/ssl/certs
