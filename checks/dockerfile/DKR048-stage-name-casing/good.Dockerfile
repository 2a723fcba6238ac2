ARG BASE=alpine:3.20
FROM ${BASE} AS builder-base
RUN echo ok

# An upper-case image name and a lower-case alias are fine.
FROM REGISTRY.EXAMPLE.COM/team/app:1.0 AS runtime
COPY --from=BUILDER-BASE /etc/os-release /tmp/
