# Chainguard images default to the unprivileged user 65532.
FROM cgr.dev/chainguard/python:latest-dev AS build
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir --target /app/deps -r requirements.txt

FROM cgr.dev/chainguard/python:latest
WORKDIR /app
COPY --from=build /app/deps /app/deps
COPY main.py .
ENV PYTHONPATH=/app/deps
ENTRYPOINT ["python", "main.py"]
