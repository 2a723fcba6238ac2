FROM ubuntu:24.04
RUN apt-get update && apt-get install -y --no-install-recommends apt-utils curl && rm -rf /var/lib/apt/lists/*
RUN apt-cache policy curl
RUN echo "apt install is for humans" > /README && apt-mark hold curl
