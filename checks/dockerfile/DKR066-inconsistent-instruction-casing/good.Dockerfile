from alpine:3.20
run apk add --no-cache curl
copy app /app
cmd ["/app/run"]
