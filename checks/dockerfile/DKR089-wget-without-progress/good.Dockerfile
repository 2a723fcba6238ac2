FROM debian:12.8
RUN wget --progress=dot:giga https://example.com/tool.tar.gz -O /tmp/tool.tar.gz
RUN wget -q -O /tmp/a https://example.com/a && wget -qO- https://example.com/b | tar -xz
RUN wget -nv https://example.com/c && wget --no-verbose https://example.com/d
RUN wget -o /tmp/wget.log https://example.com/e
RUN wget --version
RUN echo "wget https://example.com/f"
# signatures and keys are too small to matter
RUN wget -O /tmp/app.tar.gz.asc "$URL.asc" && wget -O /tmp/key.pub https://example.com/key.pub
