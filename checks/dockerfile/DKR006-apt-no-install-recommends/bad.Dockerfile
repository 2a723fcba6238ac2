FROM ubuntu:24.04
# expect: DKR006
RUN apt-get update && apt-get install -y python3 python3-venv && rm -rf /var/lib/apt/lists/*
# expect: DKR006
RUN apt-get update && apt-get -y install --no-upgrade tini && rm -rf /var/lib/apt/lists/*
