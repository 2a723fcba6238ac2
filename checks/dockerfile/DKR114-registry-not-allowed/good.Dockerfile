ARG BASE=ghcr.io/acme/base:1
FROM registry.example.com/team/builder:1 AS build
RUN make
FROM $BASE AS runtime
FROM 123456789012.dkr.ecr.eu-west-1.amazonaws.com/app-base:3
FROM nginx:1.27 AS web
FROM docker.io/library/alpine:3.20
FROM build AS test
FROM scratch
COPY --from=build /out /app
COPY --from=0 /out /app2
