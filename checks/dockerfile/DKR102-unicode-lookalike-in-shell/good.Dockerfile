FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y curl
RUN echo "café “quoted” text here" > /tmp/greeting
RUN echo 'l’été' && echo "$(uname -r)"
# a comment with a “quote”
RUN true # trailing   comment
