FROM registry.access.redhat.com/ubi9/ubi-minimal:9.5 AS base
FROM base
# expect: DKR033
RUN microdnf install -y shadow-utils-4.9
