# A one-shot job: the explicit NONE records the decision.
FROM alpine:3.20
COPY backup.sh /usr/local/bin/backup.sh
HEALTHCHECK NONE
ENTRYPOINT ["/usr/local/bin/backup.sh"]
