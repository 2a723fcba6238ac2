FROM node:22-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
RUN npm install && npm cache clean --force
RUN npm install -g typescript@5.6.3 @angular/cli@18.2.12 npm@^10 && npm cache clean --force
RUN npm install ./vendor/lib-1.0.0.tgz github:org/tool#v1.2.0 && npm cache clean --force
RUN yarn global add pm2@5.4.2 && yarn cache clean
RUN npm install --prefix /opt/app --registry https://registry.example.com && npm cache clean --force
