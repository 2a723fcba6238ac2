FROM alpine:3.20
# yoroi:ignore DKR008 reason="legacy build script" until=2020-01-31 # expect: YOR004
RUN sudo apk add --no-cache curl
USER 10001
