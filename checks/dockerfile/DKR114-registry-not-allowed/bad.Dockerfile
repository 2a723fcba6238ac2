# Example settings: allowed-registries = ["registry.example.com", "ghcr.io/acme",
# "docker.io/library", "*.dkr.ecr.eu-west-1.amazonaws.com"]
# expect: DKR114
FROM quay.io/prometheus/busybox:1.36 AS tools
# expect: DKR114
FROM ghcr.io/acme-fork/builder:2 AS build
RUN make
# expect: DKR114
FROM bitnami/nginx:1.27
COPY --from=build /out /app
# expect: DKR114
COPY --from=gcr.io/distroless/base:latest /etc/ssl /etc/ssl
