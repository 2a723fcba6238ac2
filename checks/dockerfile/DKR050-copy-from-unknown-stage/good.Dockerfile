ARG TOOLS=ghcr.io/example/tools:1.4
FROM golang:1.22 AS Builder
RUN go build -o /out/app ./...

FROM gcr.io/distroless/static-debian12
COPY --from=builder /out/app /app
COPY --from=0 /etc/passwd /etc/passwd
COPY --from=busybox:1.36 /bin/busybox /busybox
COPY --from=docker.io/library/alpine:3.20 /etc/ssl /etc/ssl
COPY --from=${TOOLS} /usr/bin/tool /tool
COPY --from=$UNKNOWN /x /x
