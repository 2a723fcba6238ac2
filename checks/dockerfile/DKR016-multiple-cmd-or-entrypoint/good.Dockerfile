# One of each per stage is fine, even when several stages set their own.
FROM golang:1.22.5-bookworm AS dev
WORKDIR /src
COPY . .
CMD ["go", "run", "./cmd/api"]

FROM golang:1.22.5-bookworm AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/api ./cmd/api
CMD ["/out/api"]

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/api /api
HEALTHCHECK --interval=30s CMD ["/api", "healthcheck"]
ENTRYPOINT ["/api"]
CMD ["serve", "--port", "8080"]
