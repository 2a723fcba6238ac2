# The final image inherits the base stage, so its lists matter; the build stage's do not.
FROM debian:bookworm-slim AS base
# expect: DKR007
RUN apt-get update && apt-get install -y --no-install-recommends libpq5

FROM golang:1.22.5-bookworm AS build
RUN apt-get update && apt-get install -y --no-install-recommends libpq-dev
WORKDIR /src
COPY . .
RUN go build -o /out/api ./cmd/api

FROM base
COPY --from=build /out/api /usr/local/bin/api
CMD ["api"]
