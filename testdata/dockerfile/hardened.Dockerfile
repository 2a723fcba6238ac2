# syntax=docker/dockerfile:1.7
FROM golang:1.23.4-bookworm@sha256:2e838582004fab0931693a3a84743ceccfbfeeafa8187e87291a1afea457ff7a AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/root/go/pkg/mod go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -o /out/api ./cmd/api

FROM debian:bookworm-slim@sha256:d365f4920711a9074c4bcd178e8f457ee59250426441ab2a5f8106ed8fe948eb
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates=20230311 tini=0.19.0-1 \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /out/api /usr/local/bin/api
USER 10001:10001
HEALTHCHECK --interval=30s --timeout=3s CMD ["/usr/local/bin/api", "healthcheck"]
ENTRYPOINT ["/usr/bin/tini", "--", "/usr/local/bin/api"]
