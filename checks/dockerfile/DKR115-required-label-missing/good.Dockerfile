FROM alpine:3.20 AS base
LABEL org.opencontainers.image.licenses="Apache-2.0"
FROM base
ARG REPO=https://github.com/acme/api
LABEL org.opencontainers.image.source=$REPO
