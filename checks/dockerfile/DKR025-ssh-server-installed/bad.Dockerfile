FROM ubuntu:24.04
RUN apt-get update \
# expect: DKR025
 && apt-get install -y --no-install-recommends openssh-server=1:9.6p1-3ubuntu13 \
 && rm -rf /var/lib/apt/lists/*
FROM alpine:3.20
# expect: DKR025
RUN apk add --no-cache bash openssh
FROM rockylinux:9
# expect: DKR025
RUN dnf install -y openssh-server && dnf clean all
