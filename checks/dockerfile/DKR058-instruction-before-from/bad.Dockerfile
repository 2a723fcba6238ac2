ARG VERSION=3.20
# expect: DKR058
ENV LANG=C.UTF-8
# expect: DKR058
LABEL org.opencontainers.image.source="https://github.com/example/app"
FROM alpine:${VERSION}
RUN apk add --no-cache curl
