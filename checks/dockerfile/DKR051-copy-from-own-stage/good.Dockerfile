FROM node:20-bookworm AS build
RUN npm ci && npm run build

FROM nginx:1.27 AS runtime
COPY --from=build /app/dist /usr/share/nginx/html
COPY --from=0 /app/package.json /tmp/
