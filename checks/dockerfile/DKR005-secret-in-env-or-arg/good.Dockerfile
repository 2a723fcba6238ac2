# Names from the official images that only look sensitive: a public GPG key fingerprint and checksums.
FROM debian:bookworm-slim
ENV GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305
ENV PYTHON_VERSION=3.12.4
ENV PYTHON_SHA256=f6d419a6d8743ab26700801b4908d26d97e8b986e14f95de31b32de2b0e79554
ENV REDIS_DOWNLOAD_SHA=8d104c26a154b29fd67d6568b4f375212212ad41e0c2caa3d66480e78dbd3b59
ENV POSTGRES_PASSWORD_FILE=/run/secrets/postgres-password
ENV OAUTH_TOKEN_URL=https://auth.example.com/oauth2/token
ENV SECRETS_DIR=/run/secrets
ENV PASSWORD_MIN_LENGTH=12
ENV MYSQL_ALLOW_EMPTY_PASSWORD=no
ENV MYSQL_RANDOM_ROOT_PASSWORD=yes
ENV ADMIN_PASSWORD=""
ARG NPM_TOKEN_FILE=/run/secrets/npm_token
ARG KEYSERVER=hkps://keys.openpgp.org
# the identifier of a key, not the key itself
ARG AWS_ACCESS_KEY_ID
COPY app /opt/app
CMD ["/opt/app/run"]
