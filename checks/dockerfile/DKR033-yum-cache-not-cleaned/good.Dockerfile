# syntax=docker/dockerfile:1.7
FROM centos:7 AS build
# a build stage: its cache never reaches the final image
RUN yum install -y gcc-4.8.5 make-3.82
FROM centos:7
RUN yum install -y httpd-2.4.6 && yum clean all
RUN yum -y install tar-1.26 && rm -rf /var/cache/yum
RUN --mount=type=cache,target=/var/cache/yum yum install -y git-1.8.3.1
RUN yum remove -y vim-minimal
# dnf has its own rule (DKR078)
RUN dnf install -y procps-ng-3.3.17
