FROM debian:bookworm-slim
SHELL ["/bin/bash", "-c"]
RUN ln -sf /usr/bin/python3 /usr/bin/python
RUN ln -s /bin/sh /usr/local/bin/sh-compat
