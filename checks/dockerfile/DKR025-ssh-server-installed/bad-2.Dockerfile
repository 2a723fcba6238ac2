FROM alpine:3.20 AS base
FROM base
# Alpine's `openssh` package includes the server
# expect: DKR025
RUN apk add --no-cache bash openssh
