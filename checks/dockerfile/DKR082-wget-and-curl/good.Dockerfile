FROM debian:12.8 AS fetch
# a build stage may use wget; the final image does not ship it
RUN wget -q -O /tmp/tool.tgz https://example.com/tool.tgz
FROM debian:12.8
COPY --from=fetch /tmp/tool.tgz /tmp/
RUN curl -fsSL https://example.com/key.asc -o /usr/share/keyrings/example.asc \
 && echo "wget is not used here" \
 && apt-get install -y --no-install-recommends wget=1.21.3-1+b2
