# syntax=docker/dockerfile:1.7
FROM rockylinux:9 AS build
# a build stage: its cache never reaches the final image
RUN dnf install -y gcc-11.5.0 make-4.3
FROM rockylinux:9
RUN dnf install -y httpd-2.4.57 && dnf clean all
RUN yum -y install tar-1.34 && rm -rf /var/cache/yum
RUN --mount=type=cache,target=/var/cache/dnf dnf install -y git-2.43.5
RUN <<EOF
set -eux
dnf -y install procps-ng-3.3.17
microdnf clean all
EOF
RUN dnf remove -y vim-minimal
