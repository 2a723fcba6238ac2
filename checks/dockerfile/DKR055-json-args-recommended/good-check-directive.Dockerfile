# syntax=docker/dockerfile:1
# check=skip=JSONArgsRecommended,StageNameCasing;error=true
FROM python:3.12-slim
CMD python -m http.server 8000
