FROM centos:7
# expect: DKR032
RUN yum install httpd-2.4.6 && yum clean all
RUN yum -q makecache \
# expect: DKR032
 && yum update \
 && yum clean all
# expect: DKR032
RUN ["yum", "install", "curl-7.29.0"]
