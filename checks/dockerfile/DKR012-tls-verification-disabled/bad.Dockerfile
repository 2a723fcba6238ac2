FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl wget python3-pip \
 && rm -rf /var/lib/apt/lists/*
# expect: DKR012
RUN curl -fsSLk https://artifacts.corp.example/tools/cli-2.4.1.tar.gz -o /tmp/cli.tar.gz
# expect: DKR012
RUN curl --insecure -fsSL -o /usr/local/bin/jq https://github.com/jqlang/jq/releases/download/jq-1.7.1/jq-linux-amd64
# expect: DKR012
RUN wget -q --no-check-certificate -O /tmp/agent.deb https://downloads.corp.example/agent_3.2.0_amd64.deb
# expect: DKR012
RUN pip install --break-system-packages --trusted-host pypi.corp.example --index-url http://pypi.corp.example/simple internal-lib==2.3.1
