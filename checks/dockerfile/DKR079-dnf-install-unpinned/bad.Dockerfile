FROM rockylinux:9
# expect: DKR079
RUN dnf install -y httpd java-17-openjdk && dnf clean all
RUN dnf install -y \
      tar-1.34 \
# expect: DKR079
      gcc-c++ \
 && dnf clean all
FROM photon:5.0
# expect: DKR079
RUN tdnf install -y curl && tdnf clean all
