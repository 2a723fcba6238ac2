ARG NODE_VERSION
ARG BASE
# expect: DKR067
FROM node:${NODE_VERSION}-bookworm AS build
RUN npm ci
# expect: DKR067
FROM ${BASE}
