# The download is not on the RUN's first line: the finding points at curl.
FROM node:20.15.1-bookworm-slim
RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends ca-certificates curl; \
    rm -rf /var/lib/apt/lists/*; \
# expect: DKR004
    curl -fsSL https://get.pnpm.io/install.sh | env PNPM_VERSION=9.4.0 SHELL=/bin/bash sh -
