FROM python:3.12-slim
WORKDIR /app
# expect: DKR055
ENTRYPOINT gunicorn --bind=0.0.0.0:8000 app:wsgi
# expect: DKR055
CMD python -m http.server 8000 && echo done
