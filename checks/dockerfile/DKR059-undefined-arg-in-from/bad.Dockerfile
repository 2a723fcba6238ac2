ARG PYTHON_VERSION=3.12
# expect: DKR059
FROM python:${PYTHON_VERSON}-slim AS build
RUN pip --version

FROM build
ARG NODE_VERSION=20
# expect: DKR059
FROM node:${NODE_VERSION}
