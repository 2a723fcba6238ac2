FROM node:22-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
# expect: DKR043
RUN npm ci --omit=dev
# expect: DKR043
RUN npm install -g pm2@5.4.2 && npm cache verify
RUN set -eux; \
# expect: DKR043
    npm install --cache /tmp/npm-cache; \
    npm run build
