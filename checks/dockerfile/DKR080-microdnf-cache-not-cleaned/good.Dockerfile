FROM registry.access.redhat.com/ubi9/ubi-minimal:9.5 AS build
RUN microdnf install -y gcc-11.5.0
FROM registry.access.redhat.com/ubi9/ubi-minimal:9.5
RUN microdnf install -y shadow-utils-4.9 && microdnf clean all
RUN microdnf install -y tar-1.34 && rm -rf /var/cache/yum
RUN --mount=type=cache,target=/var/cache/yum microdnf install -y procps-ng-3.3.17
# dnf has its own rule (DKR078)
RUN dnf install -y which-2.21
