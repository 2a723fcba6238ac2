# The check is per stage, and ENV values are resolved.
FROM golang:1.22.5-bookworm AS build
WORKDIR /src
COPY . .
RUN go build -o /out/api ./cmd/api

FROM debian:bookworm-slim
ENV APP_DIR=srv/api
# expect: DKR014
WORKDIR $APP_DIR
COPY --from=build /out/api ./api
CMD ["./api"]
