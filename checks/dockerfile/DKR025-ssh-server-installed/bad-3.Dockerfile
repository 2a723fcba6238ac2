FROM rockylinux:9
# expect: DKR025
RUN dnf install -y openssh-server && dnf clean all
