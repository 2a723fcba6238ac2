# Paths that start with a variable whose value is unknown are not reported.
FROM alpine:3.20 AS cache
WORKDIR $HOME/cache
RUN touch warmed

FROM alpine:3.20
ARG APP_HOME
WORKDIR ${APP_HOME}
COPY --from=cache /cache/warmed .
