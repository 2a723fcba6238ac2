FROM python:3.12-slim-bookworm AS base
WORKDIR /srv
# relative to the absolute WORKDIR above: well defined
WORKDIR api
COPY . .

FROM base AS test
# inherits /srv/api from the base stage of this file
WORKDIR tests
RUN python -m pytest

FROM python:3.12-slim-bookworm
WORKDIR "/opt/my app"
COPY --from=base /srv/api .
CMD ["python", "-m", "api"]
