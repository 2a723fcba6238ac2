FROM alpine:3.20
# expect: DKR094
LABEL org.opencontainers.image.licenses="Apache License 2.0"
# expect: DKR094
LABEL org.opencontainers.image.licenses="MIT/Apache-2.0"
# expect: DKR094
LABEL org.opencontainers.image.licenses="GPLv3"
# expect: DKR094
LABEL org.opencontainers.image.licenses="MIT OR"
