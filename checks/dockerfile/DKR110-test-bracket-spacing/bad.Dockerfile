FROM debian:bookworm-slim
# expect: DKR110
RUN if [-f /etc/app.conf ]; then cp /etc/app.conf /opt/; fi
# expect: DKR110
RUN [ -d /opt/cache] && rm -rf /opt/cache
# expect: DKR110
RUN if ![ -x /usr/bin/tool ]; then echo missing; fi
