FROM node:22.11-bookworm-slim AS build
WORKDIR /src
COPY --chown=node:node . .
USER node
RUN npm ci && npm run build
FROM node:22.11-bookworm-slim
WORKDIR /app
ARG OWNER
COPY --from=build /src/dist ./dist
# owned by another account than the one that runs
COPY --chown=1001:1001 config/ ./config/
COPY --chown=$OWNER data/ ./data/
USER node
CMD ["node", "dist/server.js"]
