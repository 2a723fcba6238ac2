FROM nginx:1.27-alpine
COPY nginx.conf /etc/nginx/nginx.conf
# expect: DKR016
HEALTHCHECK CMD wget -q -O /dev/null http://127.0.0.1/ || exit 1
# expect: DKR016
ENTRYPOINT ["/docker-entrypoint.sh"]
# expect: DKR016
HEALTHCHECK --interval=10s CMD wget -q -O /dev/null http://127.0.0.1/healthz || exit 1
HEALTHCHECK --interval=30s CMD wget -q -O /dev/null http://127.0.0.1/ready || exit 1
ENTRYPOINT ["/docker-entrypoint.sh", "nginx"]
CMD ["-g", "daemon off;"]
