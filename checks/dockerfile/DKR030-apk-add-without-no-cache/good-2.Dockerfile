# Build stages are not shipped; `--no-network` fetches no index.
FROM alpine:3.20 AS build
RUN apk update && apk add gcc=13.2.1_git20240309-r0 make=4.4.1-r2 && make -C /src
FROM alpine:3.20
RUN set -eux; \
    apk add --no-cache --virtual .build-deps gcc=13.2.1_git20240309-r0; \
    scanelf --needed --nobanner --format '%n#p' /usr/local/bin/app \
      | tr ',' '\n' | sort -u | awk '{ print "so:" $1 }' \
      | xargs -rt apk add --no-network --virtual .rundeps; \
    apk del --no-network .build-deps
