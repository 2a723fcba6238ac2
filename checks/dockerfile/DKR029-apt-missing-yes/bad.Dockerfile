FROM debian:bookworm-slim
# expect: DKR029
RUN apt-get update && apt-get install --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN apt-get update \
# expect: DKR029
 && apt-get -q install --no-install-recommends git \
# expect: DKR029
 && apt-get purge --auto-remove wget \
 && rm -rf /var/lib/apt/lists/*
# expect: DKR029
RUN ["apt-get", "upgrade"]
