FROM node:20-bookworm
ARG APP=/srv/app
# expect: DKR057
COPY package.json package-lock.json /app
# expect: DKR057
ADD a.conf b.conf $APP
# expect: DKR057
COPY ["one.txt", "two.txt", "/data"]
