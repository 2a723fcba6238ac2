FROM node:20-bookworm
ONBUILD COPY package.json /app/
# expect: DKR068
ONBUILD FROM alpine:3.20
# expect: DKR068
ONBUILD MAINTAINER ops@example.com
# expect: DKR068
ONBUILD ONBUILD RUN npm ci
