FROM alpine:3.20
RUN apk add --no-cache curl=8.11.0-r2
RUN apk --no-cache add tini=0.19.0-r3
RUN apk add -U bash=5.2.26-r0 && rm -rf /var/cache/apk/*
RUN --mount=type=cache,target=/var/cache/apk apk add git=2.45.2-r0
RUN --mount=type=cache,target=/etc/apk/cache apk add make=4.4.1-r2
RUN ["apk", "add", "--no-cache", "jq=1.7.1-r0"]
