FROM alpine:3.20
# yoroi:ignore DKR008 reason="legacy build script" until=2999-12-31
RUN sudo apk add --no-cache curl
USER 10001
