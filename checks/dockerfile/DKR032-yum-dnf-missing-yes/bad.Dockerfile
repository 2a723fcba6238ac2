FROM rockylinux:9
# expect: DKR032
RUN dnf install httpd-2.4.57 && dnf clean all
RUN yum -q makecache \
# expect: DKR032
 && yum update \
 && yum clean all
FROM photon:5.0
# expect: DKR032
RUN ["tdnf", "install", "curl-8.1.2"]
