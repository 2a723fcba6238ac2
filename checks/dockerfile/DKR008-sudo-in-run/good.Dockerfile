# Installing or configuring sudo is not running it; gosu drops privileges at run time.
FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends sudo gosu \
 && rm -rf /var/lib/apt/lists/*
RUN useradd --create-home dev \
 && usermod -aG sudo dev \
 && echo 'Defaults:dev !requiretty' > /etc/sudoers.d/dev \
 && visudo -c
COPY docker-entrypoint.sh /usr/local/bin/
USER dev
ENTRYPOINT ["docker-entrypoint.sh"]
