FROM python:3.12-slim
# expect: DKR098
ENV PATH=/opt/venv/bin
ENV LANG=C.UTF-8 \
# expect: DKR098
    PATH="/opt/tools/bin:/opt/venv/bin/"
# expect: DKR098
ENV PATH /usr/lib/jvm/bin
