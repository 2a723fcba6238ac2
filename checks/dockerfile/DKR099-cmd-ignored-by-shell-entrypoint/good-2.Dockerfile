FROM alpine:3.20
ENTRYPOINT /usr/local/bin/app --port 8080
CMD []
