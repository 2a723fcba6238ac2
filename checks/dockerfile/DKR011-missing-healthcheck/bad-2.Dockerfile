# A HEALTHCHECK in another stage does not reach the final image.
FROM python:3.12-slim-bookworm AS test
COPY . /app
RUN pip install --no-cache-dir -r /app/requirements-dev.txt && pytest /app/tests
HEALTHCHECK CMD python -c "import app" || exit 1

# expect: DKR011
FROM python:3.12-slim-bookworm
COPY . /app
RUN pip install --no-cache-dir -r /app/requirements.txt
USER 10001
CMD ["python", "-m", "app"]
