FROM node:22.11-bookworm-slim
WORKDIR /app
# expect: DKR096
COPY --chown=node:node package.json package-lock.json ./
RUN npm ci --omit=dev
# expect: DKR096
COPY --chown=node . .
USER node
CMD ["node", "server.js"]
