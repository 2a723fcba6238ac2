FROM alpine:3.20
# expect: DKR091
LABEL org.opencontainers.image.source=""
LABEL org.opencontainers.image.title="app" \
# expect: DKR091
      org.opencontainers.image.description=
