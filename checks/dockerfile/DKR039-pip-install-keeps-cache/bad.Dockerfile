FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
# expect: DKR039
RUN pip install -r requirements.txt
RUN set -eux; \
# expect: DKR039
    python3 -m pip install --upgrade pip==24.3.1; \
    useradd --system app
# expect: DKR039
RUN ["pip3", "install", "gunicorn==23.0.0"]
