# The install is on a continuation line: the finding points at that apt-get.
FROM debian:bookworm-slim
ARG DEBIAN_FRONTEND=noninteractive
RUN apt-get update \
# expect: DKR006
 && apt-get install -yqq \
      build-essential \
      libpq-dev \
 && rm -rf /var/lib/apt/lists/*
COPY vendor/wkhtmltox_0.12.6.1-3.bookworm_amd64.deb /tmp/
# local .deb files still pull their recommended dependencies
# expect: DKR006
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt install -y /tmp/wkhtmltox_0.12.6.1-3.bookworm_amd64.deb && rm -rf /var/lib/apt/lists/* /tmp/*.deb
