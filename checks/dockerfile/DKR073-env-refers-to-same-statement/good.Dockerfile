FROM debian:bookworm-slim
ENV APP_HOME=/app
ENV APP_BIN=$APP_HOME/bin PATH=/app/bin:$PATH
ENV GREETING='$APP_HOME literally'
