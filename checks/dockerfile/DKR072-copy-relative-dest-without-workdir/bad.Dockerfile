FROM python:3.12-slim
# expect: DKR072
COPY requirements.txt .
# expect: DKR072
COPY src app/src
WORKDIR /app
COPY . .
