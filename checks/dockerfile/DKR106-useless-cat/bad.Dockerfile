FROM debian:bookworm-slim
# expect: DKR106
RUN cat /tmp/requirements.txt | xargs apt-get install -y
RUN apt-get update && \
# expect: DKR106
    cat /tmp/key.asc | gpg --dearmor -o /usr/share/keyrings/example.gpg
