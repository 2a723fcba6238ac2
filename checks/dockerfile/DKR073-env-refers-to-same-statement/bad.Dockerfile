FROM debian:bookworm-slim
# expect: DKR073
ENV APP_HOME=/app APP_BIN=$APP_HOME/bin
ENV A=1 \
    B=2 \
# expect: DKR073
    C=${A}-${B}
