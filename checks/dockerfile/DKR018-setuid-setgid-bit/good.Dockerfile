FROM debian:bookworm-slim
# removing the bits, plain modes, sticky directories
RUN find / -xdev -perm /6000 -type f -exec chmod a-s {} + || true
RUN chmod 0755 /usr/local/bin/app && chmod u-s,g-s /usr/bin/newgrp
RUN mkdir -p /var/run/postgresql && chmod 3777 /var/run/postgresql
# setgid on a directory made in the same RUN only passes the group on to new files
RUN mkdir -p /srv/shared && chmod g+s /srv/shared
RUN install -d -m 2775 /srv/uploads
RUN chmod "$MODE" /usr/local/bin/app
RUN echo "chmod u+s is not run here" > /notes.txt
COPY --chmod=0755 entrypoint.sh /usr/local/bin/
