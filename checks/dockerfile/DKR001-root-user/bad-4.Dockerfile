FROM alpine:3.20
RUN addgroup -S app && adduser -S -G app app
USER app
COPY --chown=app:app bin/worker /usr/local/bin/worker
# expect: DKR001
USER 0:0
ENTRYPOINT ["/usr/local/bin/worker"]
