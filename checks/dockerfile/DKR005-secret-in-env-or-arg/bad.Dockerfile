FROM node:20.15.1-bookworm-slim
# expect: DKR005
ARG NPM_TOKEN
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev
COPY . .
# expect: DKR005
ENV DATABASE_PASSWORD=changeme
USER node
CMD ["node", "server.js"]
