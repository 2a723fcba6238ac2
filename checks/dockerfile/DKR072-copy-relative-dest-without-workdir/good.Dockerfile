FROM python:3.12-slim AS base
WORKDIR /app

FROM base
COPY requirements.txt .
COPY src /opt/src
ARG DEST
COPY x $DEST
