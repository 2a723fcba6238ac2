FROM rockylinux:9
# expect: DKR077
RUN dnf install httpd-2.4.57 && dnf clean all
RUN dnf -q makecache \
# expect: DKR077
 && dnf upgrade \
 && dnf clean all
FROM photon:5.0
# expect: DKR077
RUN ["tdnf", "install", "curl-8.1.2"]
