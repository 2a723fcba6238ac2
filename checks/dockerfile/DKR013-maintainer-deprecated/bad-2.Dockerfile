FROM debian:bookworm-slim AS build
# expect: DKR013
maintainer "Platform Team" platform@example.com
RUN echo build

FROM debian:bookworm-slim
# expect: DKR013
MAINTAINER ops@example.com
LABEL org.opencontainers.image.source="https://github.com/example/app"
