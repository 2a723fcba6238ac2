# expect: DKR049
FROM node:20-bookworm as build
RUN npm ci

# expect: DKR049
from nginx:1.27 AS runtime
COPY --from=build /app/dist /usr/share/nginx/html
