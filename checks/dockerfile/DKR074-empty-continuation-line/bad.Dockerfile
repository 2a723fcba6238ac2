FROM debian:bookworm-slim
# expect: DKR074
RUN apt-get update \

    && apt-get install -y --no-install-recommends curl \
    # a comment line is fine
    && rm -rf /var/lib/apt/lists/*
# expect: DKR074
ENV A=1 \
    \
  
    B=2
