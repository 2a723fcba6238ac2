FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl wget \
 && rm -rf /var/lib/apt/lists/*
# expect: DKR004
RUN curl -fsSL https://deb.nodesource.com/setup_20.x | bash -
# expect: DKR004
RUN wget -qO- https://get.example.dev/install.sh | sh -s -- --prefix /usr/local
# expect: DKR004
RUN curl -sSL https://install.python-poetry.org | python3 - --version 1.8.3
