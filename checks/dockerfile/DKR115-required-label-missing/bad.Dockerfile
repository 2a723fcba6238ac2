# Example settings: required = ["org.opencontainers.image.source",
# "org.opencontainers.image.licenses"]
FROM golang:1.23 AS build
LABEL org.opencontainers.image.licenses=MIT
RUN go build ./...
# expect: DKR115
FROM gcr.io/distroless/static
LABEL org.opencontainers.image.source=https://github.com/acme/api
COPY --from=build /go/bin/api /api
