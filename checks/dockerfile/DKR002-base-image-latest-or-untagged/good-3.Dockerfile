# A digest pins the image even when the tag says latest; the ARG default is a pinned tag.
ARG NODE_IMAGE=node:20.15.1-alpine3.20

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM alpine:latest@sha256:0a4eaa0eecf5f8c050e5bba433f58c052be7587ee8af3e8b3910ef9ab5fbe9f5
RUN apk add --no-cache nodejs
COPY --from=deps /app/node_modules /app/node_modules
