FROM debian:bookworm-slim
# expect: DKR103
RUN if [[ -f /etc/os-release ]]; then echo ok; fi
# expect: DKR103
RUN if [ "$(uname -m)" == "x86_64" ]; then echo amd64; fi
# expect: DKR103
RUN make install &> /tmp/build.log
# expect: DKR103
RUN source /etc/os-release && echo "$ID"
# expect: DKR103
RUN mkdir -p /opt/app/{bin,lib}
# expect: DKR103
RUN for ((i = 0; i < 3; i++)); do echo "$i"; done

FROM python:3.12-slim
# expect: DKR103
RUN PKGS=(gcc make) && echo "${PKGS[0]}"
# expect: DKR103
RUN ["sh", "-c", "printf $'a\\tb'"]

FROM node:20-alpine
# expect: DKR103
RUN mkdir -p /srv/{data,logs}
