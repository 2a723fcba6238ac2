FROM node:22-bookworm-slim
WORKDIR /app
# public certificates, CA bundles, GPG repository keys and example env files are fine
COPY certs/ca-cert.pem /usr/local/share/ca-certificates/ca.crt
COPY certs/fullchain.pem /etc/nginx/certs/
COPY keys/nodesource-repo.gpg.key /etc/apt/keyrings/
COPY .env.example ./
COPY deploy/id_ed25519.pub /root/.ssh/authorized_keys
COPY package.json package-lock.json ./
# the token is mounted for one step and never written to a layer
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev && npm cache clean --force
COPY <<EOF /app/.env
NODE_ENV=production
EOF
COPY . .
