# expect: DKR002
FROM ubuntu
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates \
 && rm -rf /var/lib/apt/lists/*
COPY bin/agent /usr/local/bin/agent
USER 10001
ENTRYPOINT ["/usr/local/bin/agent"]
