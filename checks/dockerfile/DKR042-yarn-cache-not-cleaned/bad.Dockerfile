FROM node:22-bookworm-slim
WORKDIR /app
COPY package.json yarn.lock ./
# expect: DKR042
RUN yarn install --frozen-lockfile --production
# a bare `yarn` is `yarn install`
# expect: DKR042
RUN yarn --frozen-lockfile && yarn build
# expect: DKR042
RUN yarn global add pm2@5.4.2
