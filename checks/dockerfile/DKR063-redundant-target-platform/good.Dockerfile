FROM --platform=$BUILDPLATFORM golang:1.22 AS build
ARG TARGETPLATFORM
RUN echo "building for $TARGETPLATFORM"
FROM alpine:3.20
