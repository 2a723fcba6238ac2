FROM registry.access.redhat.com/ubi9/ubi-minimal:9.5
# expect: DKR081
RUN microdnf install -y shadow-utils && microdnf clean all
RUN microdnf --nodocs install -y \
      tar-1.34 \
# expect: DKR081
      findutils \
 && microdnf clean all
