FROM alpine:3.20
ARG RUNTIME_DEPS="libstdc++ tzdata"
RUN apk add --no-cache curl=8.11.0-r2 ca-certificates~20240705 $RUNTIME_DEPS
RUN apk add --no-cache -t .build-deps gcc=13.2.1_git20240309-r0 /tmp/vendor-1.0.apk
RUN apk add --no-cache "python3>3.11" && apk del .build-deps
