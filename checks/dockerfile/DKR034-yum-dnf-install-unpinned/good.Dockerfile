FROM rockylinux:9
ARG EXTRA_PKGS
RUN dnf install -y httpd-2.4.57 java-17-openjdk-17.0.13.0.11-3.el9 $EXTRA_PKGS @development-tools && dnf clean all
RUN yum localinstall -y /tmp/vendor-agent.rpm https://example.com/tool.rpm && yum clean all
RUN dnf update -y && dnf clean all
