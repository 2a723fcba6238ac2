ARG NODE_VERSION=22.11.0
# resolved through the global ARG
# expect: DKR017
FROM node:${NODE_VERSION}-bookworm-slim
CMD ["node"]
