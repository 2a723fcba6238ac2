FROM node:22-alpine
USER root
CMD ["node", "worker.js"]
