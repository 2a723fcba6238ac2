# Recommends switched off once for the whole stage through apt configuration.
FROM ubuntu:24.04
RUN echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/99-no-recommends
RUN apt-get update && apt-get install -y nginx-light && rm -rf /var/lib/apt/lists/*
