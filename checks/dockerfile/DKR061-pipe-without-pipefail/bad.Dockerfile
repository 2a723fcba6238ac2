FROM debian:bookworm-slim
# expect: DKR061
RUN curl -fsSL https://example.com/tool.tar.gz | tar -xz -C /usr/local/bin
RUN apt-get update \
# expect: DKR061
 && wget -qO- https://example.com/key.asc | gpg --dearmor -o /usr/share/keyrings/example.gpg
