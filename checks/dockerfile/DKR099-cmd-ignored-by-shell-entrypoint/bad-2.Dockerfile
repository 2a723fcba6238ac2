FROM alpine:3.20 AS base
# expect: DKR099
CMD serve
FROM base
ENTRYPOINT exec /usr/local/bin/app
