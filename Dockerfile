# syntax=docker/dockerfile:1.7
# yoroi as a small static image: built with musl (the release `dist` profile), run as a
# non-root user, no shell, no package manager.
#   docker build -t yoroi .
#   docker run --rm -v "$PWD:/src" yoroi scan /src

FROM rust:1.90-alpine3.20 AS build
RUN apk add --no-cache musl-dev=1.2.5-r0
WORKDIR /build
COPY Cargo.toml Cargo.lock ./
COPY src ./src
COPY crates ./crates
COPY checks ./checks
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    cargo build --profile dist --locked --bin yoroi \
 && cp target/dist/yoroi /yoroi

FROM scratch
COPY --from=build /yoroi /yoroi
USER 65532:65532
WORKDIR /src
# A linter runs and exits; there is no long-running service to probe.
HEALTHCHECK NONE
ENTRYPOINT ["/yoroi"]
CMD ["scan", "."]
