FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN npm ci && npm run build
FROM node:22-bookworm-slim
WORKDIR /app
COPY --from=build /app/dist ./dist
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev
RUN npm install -g pm2@5.4.2 && rm -rf /root/.npm
RUN npm ci --omit=dev --cache /tmp/npm && rm -rf /tmp/npm
RUN npm --version && npm run start -- --help
