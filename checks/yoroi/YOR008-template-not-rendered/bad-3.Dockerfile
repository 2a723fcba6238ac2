FROM python:3.12-slim
# expect: YOR008
{% for package in packages %}
RUN pip install --no-cache-dir {{ package }}
{% endfor %}
USER 10001
