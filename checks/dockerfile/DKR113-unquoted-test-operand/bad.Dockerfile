FROM debian:bookworm-slim
ARG VERSION
# expect: DKR113
RUN if [ -n $VERSION ]; then curl -fsSLO "https://example.com/tool-$VERSION.tgz"; fi
# expect: DKR113
RUN [ $(uname -m) = x86_64 ] && echo amd64
RUN set -e; \
# expect: DKR113
    if test -z ${TOKEN}; then echo "no token"; fi
