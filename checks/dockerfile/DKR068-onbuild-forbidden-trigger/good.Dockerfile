FROM node:20-bookworm
ONBUILD COPY package.json /app/
ONBUILD RUN npm ci
ONBUILD LABEL maintainer="ops@example.com"
