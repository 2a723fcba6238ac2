# syntax=docker/dockerfile:1
# A comment is fine.
ARG VERSION=3.20
ARG REGISTRY=docker.io
FROM ${REGISTRY}/library/alpine:${VERSION}
ENV LANG=C.UTF-8
