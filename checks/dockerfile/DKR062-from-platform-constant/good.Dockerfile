FROM --platform=$BUILDPLATFORM golang:1.22 AS build
RUN go build ./...

FROM --platform=linux/amd64 debian:bookworm-slim AS tools-x86_64
FROM --platform=linux/arm64 debian:bookworm-slim AS tools-arm64
FROM alpine:3.20
