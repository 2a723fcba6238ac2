FROM centos:7
RUN yum install -y httpd-2.4.6 && yum clean all
RUN yum -yq update && yum --assumeyes remove vim-minimal && yum clean all
RUN yum --setopt=assumeyes=1 install git-1.8.3.1 && yum clean all
RUN yes | yum install make-3.82 && yum clean all
RUN yum makecache && yum repolist && yum info httpd
# dnf has its own rule (DKR077)
RUN dnf install httpd-2.4.57 && dnf clean all
