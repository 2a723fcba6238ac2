FROM nginx:1.27 AS a
HEALTHCHECK --interval=30s --timeout=3s CMD curl -fsS http://localhost/ || exit 1
FROM nginx:1.27 AS b
HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]
FROM nginx:1.27
HEALTHCHECK NONE
