FROM rockylinux:9
ARG EXTRA_PKGS
RUN dnf install -y httpd-2.4.57 java-17-openjdk-17.0.13.0.11-3.el9 $EXTRA_PKGS @development-tools && dnf clean all
RUN dnf install -y /tmp/vendor-agent.rpm https://example.com/tool.rpm && dnf clean all
RUN dnf upgrade -y && dnf clean all
# yum has its own rule (DKR034)
RUN yum install -y which && yum clean all
