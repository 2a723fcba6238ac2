FROM alpine:3.20
ARG VCS_REF
ARG BUILD_DATE=""
LABEL org.opencontainers.image.source="https://github.com/example/app" \
      org.opencontainers.image.revision=$VCS_REF \
      org.opencontainers.image.created=${BUILD_DATE}
