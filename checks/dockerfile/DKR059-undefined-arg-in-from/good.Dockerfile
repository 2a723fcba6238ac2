ARG PYTHON_VERSION=3.12
ARG BASE
FROM --platform=$BUILDPLATFORM python:${PYTHON_VERSION}-slim AS build
RUN pip --version

FROM ${BASE:-debian:bookworm-slim}
FROM $BASE AS custom
