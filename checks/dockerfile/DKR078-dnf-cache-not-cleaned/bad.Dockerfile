FROM rockylinux:9 AS base
FROM base
# expect: DKR078
RUN dnf install -y httpd-2.4.57
# cleaning in a later RUN does not shrink the earlier layer
RUN dnf clean all
RUN set -eux; \
# expect: DKR078
    dnf -y upgrade; \
    rm -rf /tmp/*
