FROM alpine:3.20
# expect: DKR030
RUN apk update && apk add curl=8.11.0-r2
RUN set -eux; \
# expect: DKR030
    apk add --virtual .build-deps gcc=13.2.1_git20240309-r0 musl-dev=1.2.5-r0; \
    make -C /src install; \
    apk del .build-deps
# expect: DKR030
RUN ["apk", "add", "tini=0.19.0-r3"]
