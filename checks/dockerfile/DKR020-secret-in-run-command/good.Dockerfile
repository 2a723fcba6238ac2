FROM mysql:8.4
# values read from a secret mount, a variable or stdin are not written in the Dockerfile
RUN --mount=type=secret,id=root_pw mysql -uroot -p"$(cat /run/secrets/root_pw)" -e "SELECT 1"
RUN mysql -uroot -p mydb < /tmp/init.sql || true
RUN --mount=type=secret,id=token git clone "https://oauth2:$(cat /run/secrets/token)@git.example.com/app.git" /src
RUN git clone https://${GIT_USER}:${GIT_TOKEN}@git.example.com/app.git /src2
RUN --mount=type=secret,id=reg docker login --password-stdin --username ci registry.example.com < /run/secrets/reg
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > /root/.npmrc
RUN curl -fsSL https://example.com/tool.tgz -o /tmp/tool.tgz
