FROM golang:1.23-bookworm AS tools
# expect: DKR045
RUN go install golang.org/x/tools/gopls@latest
# expect: DKR045
RUN CGO_ENABLED=0 go install -ldflags "-s -w" github.com/go-delve/delve/cmd/dlv@master
