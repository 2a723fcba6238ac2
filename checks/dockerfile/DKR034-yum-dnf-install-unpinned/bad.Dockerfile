FROM rockylinux:9
# expect: DKR034
RUN dnf install -y httpd java-17-openjdk && dnf clean all
RUN yum install -y \
      tar-1.34 \
# expect: DKR034
      gcc-c++ \
 && yum clean all
FROM registry.access.redhat.com/ubi9/ubi-minimal:9.5
# expect: DKR034
RUN microdnf install -y shadow-utils && microdnf clean all
