# expect: DKR017
FROM python:3.12-slim AS build
RUN pip wheel --no-cache-dir --wheel-dir /wheels requests==2.32.3
# expect: DKR017
FROM --platform=linux/amd64 registry.example.com:5000/team/runtime:2.4.1
COPY --from=build /wheels /wheels
