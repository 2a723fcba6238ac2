# expect: DKR063
FROM --platform=$TARGETPLATFORM alpine:3.20 AS runtime
RUN apk add --no-cache ca-certificates
# expect: DKR063
FROM --platform=${TARGETPLATFORM} debian:bookworm-slim
