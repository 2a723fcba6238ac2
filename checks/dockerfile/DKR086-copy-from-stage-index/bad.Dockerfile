FROM golang:1.23 AS build
RUN go build -o /out/app ./cmd/app
FROM alpine:3.20
# expect: DKR086
COPY --from=0 /out/app /usr/local/bin/app
# expect: DKR086
RUN --mount=type=bind,from=0,source=/out,target=/mnt ls /mnt
