FROM debian:bookworm-slim
RUN apt-get update && apt-get install -yqq --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get --quiet --quiet install --no-install-recommends git && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get -qq install --no-install-recommends jq && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get -o APT::Get::Assume-Yes=true install --no-install-recommends make && rm -rf /var/lib/apt/lists/*
RUN apt-get update && yes | apt-get install --no-install-recommends tini && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get install -s gcc && apt-get --assume-yes autoremove && rm -rf /var/lib/apt/lists/*
RUN ["apt-get", "-y", "upgrade"]
