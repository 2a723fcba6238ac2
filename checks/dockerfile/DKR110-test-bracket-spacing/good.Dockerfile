FROM debian:bookworm-slim
RUN if [ -f /etc/app.conf ]; then cp /etc/app.conf /opt/; fi
RUN [ -d /opt/cache ] && rm -rf /opt/cache && echo "[ok]"
RUN if ! [ -x /usr/bin/tool ]; then echo missing; fi
RUN grep -E '^[a-z]+$' /etc/hosts || case "$x" in [0-9]*) echo n;; esac
