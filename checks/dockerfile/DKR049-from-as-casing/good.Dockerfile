FROM node:20-bookworm AS build
RUN npm ci

from nginx:1.27 as runtime
copy --from=build /app/dist /usr/share/nginx/html
