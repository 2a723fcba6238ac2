FROM golang:1.22 AS build
RUN go build -o /out/app ./...

FROM debian:bookworm-slim
# expect: DKR064
COPY --from=build / /
# expect: DKR064
COPY --from=build . /rootfs/
