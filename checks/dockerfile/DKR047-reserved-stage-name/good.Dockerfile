FROM alpine:3.20 AS sources
COPY . /src

FROM scratch AS export
COPY --from=sources /src/dist /
