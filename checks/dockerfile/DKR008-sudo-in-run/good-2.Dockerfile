# Privileged steps under USER root, then back to the service account.
FROM node:20.15.1-bookworm-slim
USER root
RUN mkdir -p /opt/cache && chown node:node /opt/cache
USER node
RUN echo "never use sudo in this image" > /home/node/README
CMD ["node", "index.js"]
