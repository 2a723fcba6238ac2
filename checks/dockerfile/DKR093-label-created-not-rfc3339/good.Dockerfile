FROM alpine:3.20
ARG BUILD_DATE
LABEL org.opencontainers.image.created=$BUILD_DATE
LABEL org.label-schema.build-date="2024-05-01T12:00:00Z"
LABEL org.opencontainers.image.created="2024-05-01T12:00:00.123+02:00"
LABEL com.example.created="yesterday"
