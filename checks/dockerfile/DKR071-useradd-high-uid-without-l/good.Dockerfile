FROM debian:bookworm-slim
RUN useradd -l -u 123456789 -r app
RUN useradd --no-log-init --uid 1000001 svc
RUN useradd -u 10001 -r web
RUN useradd -lmu 200000 other
RUN useradd -u "$APP_UID" dyn
