FROM node:20-bookworm
ARG DEST
WORKDIR /app
COPY package.json package-lock.json ./
COPY a b /opt/
COPY --chown=node:node src/ /app/src
COPY x y .
COPY x y $DEST
COPY ["one.txt", "two.txt", "/data/"]
