# The image behind the ARG is resolved from its default value.
ARG PYTHON_IMAGE=python:latest

# expect: DKR002
FROM --platform=$BUILDPLATFORM golang AS tools
RUN go install github.com/pressly/goose/v3/cmd/goose@v3.21.1

# expect: DKR002
FROM ${PYTHON_IMAGE}
COPY --from=tools /go/bin/goose /usr/local/bin/goose
CMD ["goose", "--help"]
