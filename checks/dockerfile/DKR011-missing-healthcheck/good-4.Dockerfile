# The final stage builds on a stage of this file that already declares the check.
FROM node:20.15.1-bookworm-slim AS runtime-base
HEALTHCHECK --interval=20s CMD node /healthcheck.js
COPY healthcheck.js /healthcheck.js

FROM runtime-base
WORKDIR /app
COPY . .
USER node
CMD ["node", "server.js"]
