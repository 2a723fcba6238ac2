FROM postgres:16.3-bookworm
USER postgres
# expect: DKR008
RUN ["sudo", "apt-get", "update"]
# expect: DKR008
RUN mkdir -p /tmp/seed && sudo -E -u root cp /docker-entrypoint-initdb.d/seed.sql /tmp/seed/
