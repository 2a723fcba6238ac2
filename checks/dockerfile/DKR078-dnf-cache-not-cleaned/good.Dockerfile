# syntax=docker/dockerfile:1.7
FROM fedora:41 AS build
# a build stage: its cache never reaches the final image
RUN dnf install -y gcc-14.2.1 make-4.4.1
FROM fedora:41
RUN dnf install -y httpd-2.4.62 && dnf clean all
RUN dnf5 -y install tar-1.35 && rm -rf /var/cache/libdnf5
RUN --mount=type=cache,target=/var/cache/dnf dnf install -y git-2.47.1
RUN <<EOF
set -eux
dnf -y install procps-ng-4.0.4
yum clean all
EOF
RUN dnf remove -y vim-minimal
# yum has its own rule (DKR033)
RUN yum install -y which-2.21
