FROM node:22.11-bookworm-slim AS base
# the final stage inherits this USER
# expect: DKR095
USER node
FROM base
CMD ["node", "server.js"]
