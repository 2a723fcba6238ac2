FROM debian:bookworm-slim
# expect: DKR065
ENV LANG C.UTF-8
# expect: DKR065
ENV JAVA_OPTS -Xms256m -Xmx512m
# expect: DKR065
LABEL maintainer "Platform Team <platform@example.com>"
