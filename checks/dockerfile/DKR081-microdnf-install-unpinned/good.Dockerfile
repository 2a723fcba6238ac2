FROM registry.access.redhat.com/ubi9/ubi-minimal:9.5
ARG EXTRA_PKGS
RUN microdnf install -y shadow-utils-4.9 findutils-4.8.0-7.el9 $EXTRA_PKGS && microdnf clean all
RUN microdnf update -y && microdnf clean all
# dnf has its own rule (DKR079)
RUN dnf install -y which && dnf clean all
