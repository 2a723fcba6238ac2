FROM debian:bookworm-slim
ENV LANG=C.UTF-8 LC_ALL=C.UTF-8
ENV JAVA_OPTS="-Xms256m -Xmx512m"
LABEL maintainer="Platform Team <platform@example.com>"
