FROM alpine:3.20
# expect: DKR066
run apk add --no-cache curl
# expect: DKR066
Copy app /app
WORKDIR /app
CMD ["/app/run"]
