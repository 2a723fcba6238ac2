FROM python:3.12-slim-bookworm
WORKDIR /app
# expect: DKR003
ADD requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
# expect: DKR003
ADD --chown=1000:1000 src/ ./src/
USER 1000
CMD ["python", "-m", "src.main"]
