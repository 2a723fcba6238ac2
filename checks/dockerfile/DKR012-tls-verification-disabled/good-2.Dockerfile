# Package signature switches are a different concern and are not reported by this rule.
FROM rockylinux:9.3
RUN dnf install -y --nogpgcheck https://repo.corp.example/corp-release-9.rpm && dnf clean all
RUN npm config set strict-ssl true || true
RUN yum install -y --setopt=sslverify=true httpd && yum clean all
