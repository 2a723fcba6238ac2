FROM debian:bookworm-slim
# expect: DKR102
RUN apt-get update && apt-get install -y curl
# expect: DKR102
RUN echo “hello” > /tmp/greeting
# expect: DKR102
RUN VERSION=´uname -r´ && echo "$VERSION"
