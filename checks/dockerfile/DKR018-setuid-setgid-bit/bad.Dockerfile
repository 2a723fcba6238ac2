FROM debian:bookworm-slim
COPY tools/backup /usr/local/bin/backup
# expect: DKR018
RUN chmod u+s /usr/local/bin/backup
# expect: DKR018
RUN chown root:root /usr/local/bin/ping2 && chmod 4755 /usr/local/bin/ping2
# expect: DKR018
RUN install -m 2755 tools/report /usr/local/bin/report
# expect: DKR018
COPY --chmod=6755 tools/helper /usr/local/bin/helper
RUN set -eux; \
    cp tools/mount-helper /usr/sbin/; \
# expect: DKR018
    chmod +s /usr/sbin/mount-helper
