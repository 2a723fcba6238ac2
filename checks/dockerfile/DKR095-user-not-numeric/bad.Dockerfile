FROM node:22.11-bookworm-slim AS base
USER node
FROM base
ARG APP_USER=app
RUN useradd -u 10001 -r app
# expect: DKR095
USER ${APP_USER}:10001
