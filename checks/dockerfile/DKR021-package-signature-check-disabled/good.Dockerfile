FROM rockylinux:9
RUN rpm --import https://repo.example.com/RPM-GPG-KEY-vendor \
 && printf '[vendor]\nbaseurl=https://repo.example.com/el9\ngpgcheck=1\nrepo_gpgcheck=0\n' > /etc/yum.repos.d/vendor.repo \
 && dnf install -y vendor-agent-1.2.0 && dnf clean all
# TLS switches belong to DKR012, not to this rule
RUN dnf install -y --setopt=sslverify=0 tool-1.0 && dnf clean all
FROM debian:bookworm-slim
RUN echo "deb [signed-by=/etc/apt/keyrings/vendor.gpg] https://repo.example.com/debian stable main" > /etc/apt/sources.list.d/vendor.list
RUN echo "never pass --allow-unauthenticated" > /README
