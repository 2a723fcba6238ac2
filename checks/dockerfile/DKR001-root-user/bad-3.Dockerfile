# The builder's USER does not carry over; the plain distroless tag defaults to root.
FROM golang:1.22-bookworm AS build
RUN useradd --uid 10001 builder
USER builder
WORKDIR /home/builder/src
COPY --chown=builder . .
RUN CGO_ENABLED=0 go build -o /home/builder/api ./cmd/api

# expect: DKR001
FROM gcr.io/distroless/static-debian12
COPY --from=build /home/builder/api /api
ENTRYPOINT ["/api"]
