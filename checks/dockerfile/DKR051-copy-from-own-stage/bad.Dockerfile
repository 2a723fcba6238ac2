FROM node:20-bookworm AS build
RUN npm ci && npm run build
# expect: DKR051
COPY --from=build /app/dist /app/public

FROM nginx:1.27
# expect: DKR051
COPY --from=1 /etc/nginx/nginx.conf /tmp/nginx.conf
