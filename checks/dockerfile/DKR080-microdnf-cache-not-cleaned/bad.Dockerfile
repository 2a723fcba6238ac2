FROM registry.access.redhat.com/ubi9/ubi-minimal:9.5 AS base
FROM base
# expect: DKR080
RUN microdnf install -y shadow-utils-4.9
RUN set -eux; \
# expect: DKR080
    microdnf --nodocs -y install tar-1.34; \
    rm -rf /tmp/*
