FROM alpine:3.20
ARG KEY=org.opencontainers.image.description
LABEL org.opencontainers.image.source=https://github.com/acme/api \
      org.opencontainers.image.licenses=MIT
LABEL ${KEY}="The API"
