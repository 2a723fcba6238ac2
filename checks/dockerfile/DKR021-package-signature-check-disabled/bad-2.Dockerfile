FROM debian:bookworm-slim
# expect: DKR021
RUN echo "deb [trusted=yes] http://repo.example.com/debian ./" > /etc/apt/sources.list.d/vendor.list
RUN apt-get update \
# expect: DKR021
 && apt-get install -y --no-install-recommends --allow-unauthenticated vendor-agent \
 && rm -rf /var/lib/apt/lists/*
FROM alpine:3.20
COPY vendor.apk /tmp/
# expect: DKR021
RUN apk add --no-cache --allow-untrusted /tmp/vendor.apk
