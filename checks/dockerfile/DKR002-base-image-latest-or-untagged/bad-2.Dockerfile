# expect: DKR002
FROM node:latest AS assets
WORKDIR /web
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile
COPY . .
RUN yarn build

FROM nginx:1.27-alpine
COPY --from=assets /web/dist /usr/share/nginx/html
