FROM alpine:3.20
ARG APP_HOME
WORKDIR /app
WORKDIR /usr/src/processor
WORKDIR /device
WORKDIR /srv/proc
WORKDIR $APP_HOME
