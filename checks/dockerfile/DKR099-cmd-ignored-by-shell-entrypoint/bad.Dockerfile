FROM alpine:3.20
ENTRYPOINT /usr/local/bin/app --config /etc/app.yaml
# expect: DKR099
CMD ["--port", "8080"]
