# Distinct names, and a stage built FROM another one keeps its own name.
FROM golang:1.22 AS build
RUN go build -o /out/api ./cmd/api

FROM build AS build-test
RUN go test ./...

FROM gcr.io/distroless/base-debian12
COPY --from=build /out/api /api
