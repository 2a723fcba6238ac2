FROM centos:7
# expect: DKR033
RUN yum install -y httpd-2.4.6
# cleaning in a later RUN does not shrink the earlier layer
RUN yum clean all
RUN set -eux; \
# expect: DKR033
    yum -y update; \
    yum -y install tar-1.26; \
    rm -rf /tmp/*
