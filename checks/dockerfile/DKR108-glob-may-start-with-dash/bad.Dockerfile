FROM debian:bookworm-slim
WORKDIR /opt/app
# expect: DKR108
RUN rm -f *.tmp && ls
RUN tar -xzf /tmp/dist.tgz && \
# expect: DKR108
    chmod +x *.sh
