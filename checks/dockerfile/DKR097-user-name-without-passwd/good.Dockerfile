FROM golang:1.23 AS build
RUN useradd -u 10001 app && CGO_ENABLED=0 go build -o /out/app ./cmd/app
FROM scratch AS numeric
COPY --from=build --chown=10001:10001 /out/app /app
USER 10001:10001
FROM scratch
COPY --from=build /etc/passwd /etc/group /etc/
COPY --from=build --chown=app /out/app /app
USER app
FROM debian:12.8
# a distro base has its own /etc/passwd
USER nobody
