FROM ubuntu:24.04
RUN <<EOF
echo fine
EOF
USER app
