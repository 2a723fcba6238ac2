FROM node:22.11-bookworm-slim AS build
# only the final image counts
USER node
FROM node:22.11-bookworm-slim
RUN useradd -u 10001 -r app
USER 10001:app
