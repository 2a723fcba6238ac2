FROM debian:bookworm-slim
RUN useradd --no-log-init -r -u 1000001 app
RUN useradd -lr -u 2000000 svc
RUN useradd -r -u 10001 small
RUN useradd -r -u "${APP_UID}" fromarg
RUN adduser --disabled-password --uid 1000002 other
USER app
