FROM debian:12.8 AS base
RUN curl -fsSL https://example.com/key.asc -o /usr/share/keyrings/example.asc
FROM base
# expect: DKR082
RUN wget -q -O /tmp/tool.tgz https://example.com/tool.tgz \
 && tar -xzf /tmp/tool.tgz -C /opt \
 && curl -fsSL https://example.com/other -o /opt/other
