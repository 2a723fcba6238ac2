# Environment switches that stay active in every container.
FROM node:20.15.1-bookworm-slim
# expect: DKR012
ENV NODE_TLS_REJECT_UNAUTHORIZED=0
# expect: DKR012
ENV GIT_SSL_NO_VERIFY=true
# expect: DKR012
ENV PYTHONHTTPSVERIFY=0
# expect: DKR012
ENV PIP_TRUSTED_HOST=pypi.corp.example
# expect: DKR012
ENV NPM_CONFIG_STRICT_SSL=false
WORKDIR /app
COPY . .
CMD ["node", "index.js"]
