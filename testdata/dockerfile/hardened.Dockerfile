# syntax=docker/dockerfile:1.7
FROM golang:1.23.4-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/root/go/pkg/mod go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -o /out/api ./cmd/api

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates tini \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /out/api /usr/local/bin/api
USER 10001:10001
HEALTHCHECK --interval=30s --timeout=3s CMD ["/usr/local/bin/api", "healthcheck"]
ENTRYPOINT ["/usr/bin/tini", "--", "/usr/local/bin/api"]
