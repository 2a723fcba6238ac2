# Tool configuration and per-command switches inside RUN.
FROM rockylinux:9.3 AS rpm-tools
# expect: DKR012
RUN yum install -y --setopt=sslverify=false https://repo.corp.example/corp-release-9.rpm && yum clean all
# expect: DKR012
RUN echo "sslverify=0" >> /etc/yum.conf

FROM node:20.15.1-bookworm
# expect: DKR012
RUN npm config set strict-ssl false
# expect: DKR012
RUN yarn config set strict-ssl false
# expect: DKR012
RUN git -c http.sslVerify=false clone --depth 1 https://git.corp.example/team/lib.git /src/lib
# expect: DKR012
RUN git config --global http.sslVerify false
# expect: DKR012
RUN NODE_TLS_REJECT_UNAUTHORIZED=0 npm install --global @corp/cli@4.2.0
# expect: DKR012
RUN export GIT_SSL_NO_VERIFY=1 && git clone https://git.corp.example/team/tools.git /opt/tools
