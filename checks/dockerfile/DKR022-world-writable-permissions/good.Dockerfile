FROM node:22-bookworm-slim
WORKDIR /app
COPY --chown=node:node . .
RUN chmod -R 0755 /app && chmod g+w /app/cache
# sticky bit: shared scratch space like /tmp
RUN mkdir -p /var/run/mysqld && chmod 1777 /var/run/mysqld
RUN mkdir -p /var/run/postgresql && chmod 3777 /var/run/postgresql
RUN mkdir -p "$GOPATH/src" "$GOPATH/bin" && chmod -R 1777 "$GOPATH"
RUN mkdir -m 1777 /scratch && install -d -m 1777 /var/spool/shared
RUN chmod +w /app/state.json
RUN chmod "${APP_MODE}" /app/run.sh
COPY --chmod=0644 config.json /etc/app/config.json
# a temporary directory removed again in the same RUN
RUN set -eux; \
    tempDir="$(mktemp -d)"; \
    chmod 777 "$tempDir"; \
    cp /src/*.deb "$tempDir/"; \
    rm -rf "$tempDir"
