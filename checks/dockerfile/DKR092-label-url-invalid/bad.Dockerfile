FROM alpine:3.20
# expect: DKR092
LABEL org.opencontainers.image.source="github.com/example/app"
ARG REPO=git@github.com:example/app.git
# expect: DKR092
LABEL org.label-schema.vcs-url=$REPO
# expect: DKR092
LABEL org.opencontainers.image.documentation="see README"
