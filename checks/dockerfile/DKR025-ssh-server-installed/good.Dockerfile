FROM ubuntu:24.04
RUN apt-get update \
 && apt-get install -y --no-install-recommends openssh-client git \
 && rm -rf /var/lib/apt/lists/*
FROM alpine:3.20
RUN apk add --no-cache openssh-client-default openssh-keygen
FROM rockylinux:9
RUN dnf install -y openssh-clients && dnf clean all
RUN echo "openssh-server is not installed" > /README
