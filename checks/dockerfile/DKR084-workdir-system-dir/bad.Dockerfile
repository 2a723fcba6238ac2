FROM alpine:3.20
# expect: DKR084
WORKDIR /proc/app
ARG DIR=/sys/fs/app
# expect: DKR084
WORKDIR $DIR
# expect: DKR084
WORKDIR "//dev/"
