FROM rockylinux:9
# expect: DKR033
RUN dnf install -y httpd-2.4.57
# cleaning in a later RUN does not shrink the earlier layer
RUN dnf clean all
RUN set -eux; \
# expect: DKR033
    yum -y update; \
    yum -y install tar-1.34; \
    rm -rf /tmp/*
