FROM golang:1.22 AS builder
RUN go build -o /out/app ./...

FROM gcr.io/distroless/static-debian12
# expect: DKR050
COPY --from=buidler /out/app /app
# expect: DKR050
COPY --from=5 /etc/ssl/certs /etc/ssl/certs
# expect: DKR050
COPY --from=assets /dist /static

FROM alpine:3.20 AS assets
RUN mkdir /dist
