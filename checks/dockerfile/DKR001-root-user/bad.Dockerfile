FROM node:20.11-bookworm-slim
WORKDIR /srv/app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .
USER node
RUN npm run build
# fix ownership of the build output, then (by mistake) never switch back
# expect: DKR001
USER root
RUN chown -R node:node /srv/app/dist
EXPOSE 3000
CMD ["node", "dist/server.js"]
