FROM node:22-bookworm-slim
WORKDIR /app
# expect: DKR019
COPY .npmrc package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
# expect: DKR019
COPY .env.production ./.env
# expect: DKR019
COPY deploy/id_ed25519 /root/.ssh/id_ed25519
# expect: DKR019
ADD certs/server.key /etc/ssl/private/
