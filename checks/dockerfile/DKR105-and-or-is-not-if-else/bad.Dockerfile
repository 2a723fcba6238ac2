FROM debian:bookworm-slim
# expect: DKR105
RUN [ -f /tmp/tool.tgz ] && tar -xzf /tmp/tool.tgz -C /opt || curl -fsSLo /opt/tool https://example.com/tool
RUN apt-get update && \
# expect: DKR105
    grep -q bookworm /etc/os-release && apt-get install -y libssl3 || apt-get install -y libssl1.1
