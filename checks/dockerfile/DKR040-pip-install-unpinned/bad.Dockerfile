FROM python:3.12-slim
# expect: DKR040
RUN pip install --no-cache-dir flask gunicorn==23.0.0
# expect: DKR040
RUN python3 -m pip install --no-cache-dir --upgrade pip
RUN pip install --no-cache-dir \
      requests==2.32.3 \
# expect: DKR040
      'urllib3>=2' \
# expect: DKR040
 && pip install --no-cache-dir "uvicorn[standard]"
