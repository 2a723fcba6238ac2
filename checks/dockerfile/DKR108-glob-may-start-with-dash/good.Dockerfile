FROM debian:bookworm-slim
WORKDIR /opt/app
RUN rm -f ./*.tmp && rm -f -- *.log && chmod +x /opt/app/*.sh
RUN echo * && find . -name '*.pyc' -delete && ls "*"
RUN for f in *.conf; do echo "$f"; done
