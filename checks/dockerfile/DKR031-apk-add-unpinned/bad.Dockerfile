FROM alpine:3.20
# expect: DKR031
RUN apk add --no-cache curl ca-certificates
RUN apk add --no-cache --virtual .build-deps \
# expect: DKR031
      gcc \
      musl-dev=1.2.5-r0
