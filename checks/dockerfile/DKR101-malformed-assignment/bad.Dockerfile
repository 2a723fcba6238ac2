FROM debian:bookworm-slim
# expect: DKR101
RUN VERSION = 1.2.3 && echo "$VERSION"
# expect: DKR101
RUN PREFIX= /usr/local ./configure
# expect: DKR101
RUN $TARGET=/opt/app && mkdir -p "$TARGET"
RUN set -e; \
# expect: DKR101
    MODE==release; echo "$MODE"
