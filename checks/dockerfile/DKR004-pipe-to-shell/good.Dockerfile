# Download to a file, verify, then run.
FROM python:3.12-slim-bookworm
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
RUN curl -fsSLo /tmp/install-poetry.py https://install.python-poetry.org \
 && echo "6ba2e7b0aa4c1c06e3c1ab4d3b7bd6e3f8f0a1c3b2d4e5f6a7b8c9d0e1f2a3b4  /tmp/install-poetry.py" | sha256sum -c - \
 && python3 /tmp/install-poetry.py --version 1.8.3 \
 && rm /tmp/install-poetry.py
