FROM alpine:3.20 AS base
RUN apk add --no-cache ca-certificates

# expect: DKR047
FROM base AS scratch
RUN echo tmp > /tmp/x

# expect: DKR047
FROM alpine:3.20 AS Context
COPY . /src
