# Trust the corporate CA instead of disabling verification.
FROM debian:bookworm-slim
COPY certs/corp-root-ca.crt /usr/local/share/ca-certificates/corp-root-ca.crt
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl wget git python3-pip \
 && rm -rf /var/lib/apt/lists/* \
 && update-ca-certificates
ENV NODE_EXTRA_CA_CERTS=/usr/local/share/ca-certificates/corp-root-ca.crt
ENV NODE_TLS_REJECT_UNAUTHORIZED=1
ENV PYTHONHTTPSVERIFY=1
RUN curl -fsSL -K /etc/curlrc.d/corp --cacert /etc/ssl/certs/ca-certificates.crt -o /tmp/cli.tar.gz https://artifacts.corp.example/tools/cli-2.4.1.tar.gz
RUN curl -sSLo /tmp/kubectl https://dl.k8s.io/release/v1.30.2/bin/linux/amd64/kubectl
RUN wget -qO- https://downloads.corp.example/agent.sha256 > /tmp/agent.sha256
RUN pip install --break-system-packages --index-url https://pypi.corp.example/simple internal-lib==2.3.1
RUN git config --global http.sslVerify true \
 && git config --global http.sslCAInfo /etc/ssl/certs/ca-certificates.crt
RUN echo "never run curl --insecure or curl -k here" > /etc/motd
