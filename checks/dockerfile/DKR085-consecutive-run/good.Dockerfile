# syntax=docker/dockerfile:1.7
FROM alpine:3.20
RUN apk add --no-cache curl=8.11.1-r0
WORKDIR /app
RUN mkdir -p /app/data
RUN --mount=type=cache,target=/root/.cache echo cached
RUN set -eux; apk add --no-cache git=2.45.2-r0; git --version; mkdir -p /src
RUN echo one
COPY a.txt /app/
COPY b.txt /srv/
COPY --chmod=0644 c.txt /srv/
RUN <<EOF
echo heredoc
EOF
RUN echo after-heredoc
