FROM centos:7
# expect: DKR034
RUN yum install -y httpd java-11-openjdk && yum clean all
RUN yum install -y \
      tar-1.26 \
# expect: DKR034
      gcc-c++ \
 && yum clean all
