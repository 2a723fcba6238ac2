FROM python:3.12-slim
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN pip install flask==3.1.0
FROM python:3.12-slim AS other
RUN pip config set global.no-cache-dir false
RUN pip install flask==3.1.0
