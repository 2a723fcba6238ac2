FROM rockylinux:9
RUN dnf install -y httpd-2.4.57 && dnf clean all
RUN dnf -yq upgrade && dnf --assumeyes remove vim-minimal && dnf clean all
RUN dnf --setopt=assumeyes=1 install git-2.43.5 && dnf clean all
RUN yes | dnf install make-4.3 && dnf clean all
# read-only subcommands never ask
RUN dnf makecache && dnf repolist && dnf info httpd
FROM registry.access.redhat.com/ubi9/ubi-minimal:9.5
RUN microdnf install shadow-utils-4.9 && microdnf clean all
