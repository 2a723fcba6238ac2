FROM debian:bookworm-slim AS a
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.com/tool.tar.gz | tar -xz -C /usr/local/bin

FROM debian:bookworm-slim AS b
RUN set -eux -o pipefail; curl -fsSL https://example.com/x | sha256sum
RUN set -euxo pipefail && wget -qO- https://example.com/y | tar -x
RUN set -o pipefail && v="$(curl -fsSL https://example.com/latest | jq -r .tag)" && echo "$v"
RUN bash -o pipefail -c 'curl -fsSL https://example.com/x | tar -xz'
RUN ["bash", "-c", "set -o pipefail; wget -qO- https://example.com/y | tar -x"]
RUN ["sh", "-c", "echo a | cat"]
RUN echo "$SHA256 *go.tgz" | sha256sum -c - && printf '%s\n' a b | sort

FROM mcr.microsoft.com/windows/servercore:ltsc2022
RUN dir | findstr x
