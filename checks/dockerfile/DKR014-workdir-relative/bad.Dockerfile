FROM node:20.15.1-alpine
# expect: DKR014
WORKDIR app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .
CMD ["node", "server.js"]
