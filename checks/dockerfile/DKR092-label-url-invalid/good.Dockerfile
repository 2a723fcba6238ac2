FROM alpine:3.20
ARG SOURCE_URL
LABEL org.opencontainers.image.source="https://github.com/example/app" \
      org.opencontainers.image.url="https://example.com/app" \
      org.opencontainers.image.documentation=$SOURCE_URL \
      org.opencontainers.image.title="github.com/example/app"
