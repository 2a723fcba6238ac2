FROM alpine:3.20
ARG LABEL_NS=com.example
LABEL org.opencontainers.image.version="1.4.2" \
      com.example.maintainer-email="ops@example.com" \
      maintainer="ops@example.com" \
      io.k8s.display-name="app" \
      "com.example.team"="payments" \
      org.example.v2="yes"
LABEL ${LABEL_NS}.owner="payments"
