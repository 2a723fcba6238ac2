FROM centos:7
ARG EXTRA_PKGS
RUN yum install -y httpd-2.4.6 java-11-openjdk-11.0.23.0.9-2.el7 $EXTRA_PKGS @development && yum clean all
RUN yum localinstall -y /tmp/vendor-agent.rpm https://example.com/tool.rpm && yum clean all
RUN yum update -y && yum clean all
# dnf and microdnf have their own rules (DKR079, DKR081)
RUN dnf install -y httpd && microdnf install -y shadow-utils
