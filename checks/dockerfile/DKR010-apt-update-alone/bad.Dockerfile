FROM debian:bookworm-slim
# expect: DKR010
RUN apt-get update
RUN apt-get install -y --no-install-recommends ca-certificates \
 && rm -rf /var/lib/apt/lists/*
