FROM rockylinux:9
# expect: DKR021
RUN dnf install -y --nogpgcheck https://repo.example.com/tool-1.2.0-1.el9.x86_64.rpm && dnf clean all
# expect: DKR021
RUN yum install -y --setopt=gpgcheck=0 vendor-agent && yum clean all
# expect: DKR021
RUN rpm -ivh --nosignature /tmp/vendor.rpm
# expect: DKR021
RUN printf '[vendor]\nbaseurl=https://repo.example.com/el9\ngpgcheck=0\n' > /etc/yum.repos.d/vendor.repo
