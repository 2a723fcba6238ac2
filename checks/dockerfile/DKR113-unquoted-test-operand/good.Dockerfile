FROM debian:bookworm-slim
ARG VERSION
RUN if [ -n "$VERSION" ]; then curl -fsSLO "https://example.com/tool-$VERSION.tgz"; fi
RUN [ "$(uname -m)" = x86_64 ] && echo amd64 && [ $# -eq 0 ] && [ $((1 + 1)) -eq 2 ]
RUN apt-get install -y $PKGS && echo $HOME
RUN for m in a b; do if [ -d /modules/$m ]; then echo "$m"; fi; done
