# The user comes from an ARG whose default is root.
FROM debian:bookworm-slim
ARG RUN_AS=root
COPY app /opt/app
# expect: DKR001
USER ${RUN_AS}
CMD ["/opt/app/bin/start"]
