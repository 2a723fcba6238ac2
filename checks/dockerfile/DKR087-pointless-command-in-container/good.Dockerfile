# syntax=docker/dockerfile:1.7
FROM debian:12.8
RUN apt-get update \
 && apt-get install -y --no-install-recommends vim=2:9.0.1378-2 procps=2:4.0.2-3 \
 && rm -rf /var/lib/apt/lists/*
RUN vim --version
# a service started to prepare data, used by the same RUN
RUN service postgresql start && psql -c 'CREATE DATABASE app' && service postgresql stop
RUN --mount=type=ssh ssh -T git@github.com || true
RUN echo "run top or ps to debug" > /README
RUN sed -i 's/worker_processes 1/worker_processes auto/' /etc/nginx/nginx.conf
