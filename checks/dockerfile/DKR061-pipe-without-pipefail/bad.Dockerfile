FROM debian:bookworm-slim
# expect: DKR061
RUN curl -fsSL https://example.com/tool.tar.gz | tar -xz -C /usr/local/bin
RUN apt-get update \
# expect: DKR061
 && wget -qO- https://example.com/key.asc | gpg --dearmor -o /usr/share/keyrings/example.gpg
# inside a command substitution
# expect: DKR061
RUN TAG="$(curl -fsSL https://example.com/latest | jq -r .tag)" && echo "$TAG"
# a `bash -c` body does not inherit the outer `set -o pipefail`
RUN set -o pipefail && \
# expect: DKR061
    bash -c 'curl -fsSL https://example.com/x | tar -xz'
# expect: DKR061
RUN ["bash", "-c", "wget -qO- https://example.com/y | tar -x"]
