FROM alpine:3.20
RUN apk add --no-cache curl=8.11.1-r0
# expect: DKR085
RUN mkdir -p /app
# one finding for the whole group
RUN chmod 0755 /app
COPY a.txt /app/
# expect: DKR085
COPY b.txt /app/
