# Example settings: strict = true, required = ["org.opencontainers.image.source",
# "org.opencontainers.image.licenses"], allowed = ["org.opencontainers.image.description"]
FROM alpine:3.20
# expect: DKR116
LABEL maintainer="ops@example.com"
LABEL org.opencontainers.image.source=https://github.com/acme/api \
      org.opencontainers.image.licenses=MIT \
      org.opencontainers.image.description="The API"
# expect: DKR116
LABEL org.opencontainers.image.licence=MIT
