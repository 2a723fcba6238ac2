# expect: DKR048
FROM golang:1.22 AS BuilderBase
RUN go mod download

FROM BuilderBase AS build
RUN go build -o /app ./...

FROM gcr.io/distroless/static-debian12
COPY --from=build /app /app
