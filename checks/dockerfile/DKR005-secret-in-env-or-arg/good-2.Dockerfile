# syntax=docker/dockerfile:1.10
# The right way: a build secret mounted only for the step that needs it.
FROM node:20.15.1-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN \
    npm ci --omit=dev
COPY . .
USER node
CMD ["node", "server.js"]
