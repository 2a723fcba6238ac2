# apt-get clean does not touch the lists, and a later RUN cannot shrink this layer.
FROM ubuntu:24.04
RUN apt-get update \
# expect: DKR007
 && apt-get install -y --no-install-recommends tini \
 && apt-get clean
RUN rm -rf /var/lib/apt/lists/*
ENTRYPOINT ["/usr/bin/tini", "--"]
