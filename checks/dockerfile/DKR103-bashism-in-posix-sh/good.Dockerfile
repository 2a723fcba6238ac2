FROM debian:bookworm-slim
RUN if [ -f /etc/os-release ]; then . /etc/os-release; fi
RUN if [ "$(uname -m)" = "x86_64" ]; then echo amd64; fi
RUN make install > /tmp/build.log 2>&1 && echo '[[ quoted ]] == {a,b}'
RUN bash -c 'source /etc/os-release && [[ $ID == debian ]] && mkdir -p /opt/{a,b}'
RUN <<EOF
#!/bin/bash
[[ -d /opt ]] && echo "${HOME//\//_}"
EOF

FROM debian:bookworm-slim AS bash-stage
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN [[ -f /etc/os-release ]] && mkdir -p /opt/{a,b}

FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4
RUN [[ -f /etc/os-release ]] && source /etc/os-release

FROM amazonlinux:2023
RUN if [ "$(uname -m)" == "x86_64" ]; then echo amd64; fi

FROM node:20-alpine
RUN [[ -f /etc/alpine-release ]] && source /etc/profile

FROM ${UNKNOWN_BASE}
RUN [[ -f /x ]]
