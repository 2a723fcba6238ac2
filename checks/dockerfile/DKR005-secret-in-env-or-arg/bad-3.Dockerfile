# Copying a build argument into ENV persists it in the image configuration.
FROM golang:1.22.5-bookworm
# expect: DKR005
ARG GITHUB_TOKEN
# expect: DKR005
ENV GITHUB_TOKEN=${GITHUB_TOKEN}
RUN git config --global url."https://${GITHUB_TOKEN}@github.com/".insteadOf "https://github.com/"
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/app ./cmd/app
