FROM golang:1.23-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go install golang.org/x/tools/gopls@v0.16.2
RUN go install -ldflags "-s -w" ./cmd/...
RUN go install github.com/go-delve/delve/cmd/dlv
RUN go install .
