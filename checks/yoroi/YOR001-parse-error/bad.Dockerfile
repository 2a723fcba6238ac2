FROM ubuntu:24.04
# expect: YOR001
COPYY app /app
USER app
