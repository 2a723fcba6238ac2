FROM alpine:3.20 AS build
ENTRYPOINT make
CMD ["all"]
FROM alpine:3.20
ENTRYPOINT ["/usr/local/bin/app"]
CMD ["--port", "8080"]
