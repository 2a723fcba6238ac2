FROM golang:1.23 AS build
RUN go build -o /out/app ./cmd/app
FROM alpine:3.20
COPY --from=build /out/app /usr/local/bin/app
RUN --mount=type=bind,from=build,source=/out,target=/mnt ls /mnt
COPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/
# a number that is not a stage is DKR050's finding
COPY --from=7 /x /x
