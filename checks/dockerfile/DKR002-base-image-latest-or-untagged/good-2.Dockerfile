# Stage references, scratch and an ARG without a default are not checked.
ARG RUNTIME_IMAGE

FROM golang:1.22.5-bookworm AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app ./cmd/app

FROM build AS test
RUN go test ./...

FROM scratch AS minimal
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]

FROM ${RUNTIME_IMAGE}
COPY --from=build /out/app /usr/local/bin/app
ENTRYPOINT ["/usr/local/bin/app"]
