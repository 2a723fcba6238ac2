FROM python:3.12-slim
ARG EXTRA
COPY . /src
RUN pip install --no-cache-dir -r /src/requirements.txt
RUN pip install --no-cache-dir -c /src/constraints.txt flask uvicorn
RUN pip install --no-cache-dir --require-hashes -r /src/requirements.lock
RUN pip install --no-cache-dir "flask==3.1.0" "django~=5.1.0" "numpy<3,>=2.1" $EXTRA
RUN pip install --no-cache-dir /src ./wheels/app-1.0-py3-none-any.whl git+https://github.com/org/lib.git@v1.2.0
RUN pip install --no-cache-dir -e /src -i https://pypi.example.com/simple
