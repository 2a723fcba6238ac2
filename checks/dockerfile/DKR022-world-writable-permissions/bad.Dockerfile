FROM node:22-bookworm-slim
WORKDIR /app
COPY . .
# expect: DKR022
RUN chmod -R 777 /app
# expect: DKR022
RUN mkdir -p /var/log/app && chmod o+w /var/log/app
# expect: DKR022
COPY --chmod=666 config.json /etc/app/config.json
# expect: DKR022
RUN install -m 0777 scripts/start.sh /usr/local/bin/start.sh
RUN set -eux; \
    mkdir -p /data; \
# expect: DKR022
    chmod a=rwx /data
# expect: DKR022
RUN chmod -R a+w /srv/uploads
# expect: DKR022
RUN chmod --recursive ugo+rwX /opt/data
# the sticky bit does not protect files: a recursive 1777 makes every file world-writable
# expect: DKR022
RUN chmod -R 1777 /var/www
# expect: DKR022
COPY --chmod=1777 start.sh /usr/local/bin/start.sh
