FROM alpine:3.20
# expect: DKR093
LABEL org.opencontainers.image.created="2024-05-01"
ARG BUILD_DATE=1714564800
# expect: DKR093
LABEL org.label-schema.build-date=$BUILD_DATE
# expect: DKR093
LABEL org.opencontainers.image.created="2024-13-01T10:00:00Z"
