FROM golang:1.23 AS build
RUN CGO_ENABLED=0 go build -o /out/app ./cmd/app
FROM scratch
# expect: DKR097
COPY --from=build --chown=app:app /out/app /app
ARG RUN_AS=nonroot
# expect: DKR097
USER ${RUN_AS}
ENTRYPOINT ["/app"]
