FROM alpine:3.20
ARG GITHUB_TOKEN
RUN --mount=type=secret,id=gh curl -H "Authorization: token $(cat /run/secrets/gh)" https://api.github.com/user
# In Dockerfiles, passwords in URLs on RUN lines are DKR020's.
RUN git clone https://bot:Bot-Fake-Pa55@git.example.com/app.git /src
