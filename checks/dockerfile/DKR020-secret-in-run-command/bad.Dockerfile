FROM mysql:8.4
COPY schema.sql /docker-entrypoint-initdb.d/
# expect: DKR020
RUN mysqld --initialize-insecure && mysql -uroot -pS3cretPass -e "CREATE DATABASE app"
FROM alpine:3.20
# expect: DKR020
RUN git clone https://deploy:9f8e7d6c5b4a@git.example.com/team/app.git /src
RUN set -eux; \
# expect: DKR020
    curl -fsSL -u admin:admin123 https://nexus.example.com/repository/raw/tool.tgz -o /tmp/tool.tgz; \
    tar -xzf /tmp/tool.tgz -C /usr/local/bin
# expect: DKR020
RUN echo "//registry.npmjs.org/:_authToken=npm_AbCdEf0123456789" > /root/.npmrc
# expect: DKR020
RUN docker login --password=hunter2 --username ci registry.example.com || true
