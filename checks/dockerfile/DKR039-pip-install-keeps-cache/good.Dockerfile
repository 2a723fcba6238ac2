# syntax=docker/dockerfile:1.7
FROM python:3.12-slim AS build
# a build stage: its cache is not shipped
RUN pip wheel --wheel-dir /wheels flask==3.1.0 && pip install flask==3.1.0
FROM python:3.12-slim
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl
RUN --mount=type=cache,target=/root/.cache/pip pip install gunicorn==23.0.0
RUN pip install uvicorn==0.32.1 && rm -rf /root/.cache/pip
RUN pip install httpx==0.28.1 && pip cache purge
RUN PIP_NO_CACHE_DIR=1 pip install rich==13.9.4
RUN <<EOF
set -eux
pip install --no-cache-dir orjson==3.10.12
EOF
