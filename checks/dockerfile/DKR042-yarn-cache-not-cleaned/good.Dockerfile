FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN yarn install --frozen-lockfile && yarn build
FROM node:22-bookworm-slim
WORKDIR /app
COPY --from=build /app/dist ./dist
RUN yarn install --frozen-lockfile --production && yarn cache clean
RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile
RUN yarn add left-pad@1.3.0 && rm -rf /usr/local/share/.cache/yarn
RUN yarn --version && yarn run lint
