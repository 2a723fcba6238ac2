# A build argument is in the environment of every later RUN of its stage.
FROM node:20.15.1-bookworm-slim
# expect: DKR012
ARG NODE_TLS_REJECT_UNAUTHORIZED=0
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
CMD ["node", "index.js"]
