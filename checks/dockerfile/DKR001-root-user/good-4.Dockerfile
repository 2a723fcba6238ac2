# The final stage builds on an earlier stage of this file, which already switched user.
FROM debian:bookworm-slim AS base
RUN groupadd --system svc && useradd --system --gid svc svc
USER svc

FROM base AS runtime
COPY --chown=svc:svc app /opt/app
CMD ["/opt/app/run"]
