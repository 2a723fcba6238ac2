# The uid is supplied at build time; an ARG without a default is unknown, so no finding.
FROM debian:bookworm-slim
ARG APP_UID
COPY app /opt/app
USER ${APP_UID}
CMD ["/opt/app/bin/start"]
