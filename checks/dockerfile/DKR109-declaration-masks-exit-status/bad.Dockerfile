FROM debian:bookworm-slim
# expect: DKR109
RUN export VERSION=$(curl -fsSL https://example.com/latest) && curl -fsSLO "https://example.com/tool-$VERSION.tgz"
RUN set -e; \
# expect: DKR109
    export GOARCH="$(dpkg --print-architecture | sed 's/armhf/arm/')"; \
    echo "$GOARCH"
