FROM debian:bookworm-slim
# expect: DKR007
RUN apt-get update && apt-get install -y --no-install-recommends nginx
CMD ["nginx", "-g", "daemon off;"]
