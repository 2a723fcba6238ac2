FROM alpine:3.20
ARG LICENSE
LABEL org.opencontainers.image.licenses="Apache-2.0"
LABEL org.opencontainers.image.licenses="MIT OR Apache-2.0"
LABEL org.opencontainers.image.licenses="(MIT AND BSD-3-Clause) OR GPL-2.0-or-later WITH Classpath-exception-2.0"
LABEL org.opencontainers.image.licenses="LicenseRef-Proprietary"
LABEL org.opencontainers.image.licenses=$LICENSE
LABEL com.example.license="Apache License 2.0"
