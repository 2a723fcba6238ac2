FROM debian:bookworm-slim
RUN cd /usr/src/app && make install
RUN cd /usr/src/app || exit 1; make install
RUN set -e; cd /usr/src/app; make install
RUN if cd /opt/plugins; then ls; fi
RUN mkdir -p /x && cd /x
RUN (cd /tmp && rm -rf cache) && cd; ls
RUN <<EOF
set -eux
cd /opt/build
cmake /usr/src/app
EOF

FROM debian:bookworm-slim AS strict
SHELL ["/bin/sh", "-ec"]
RUN cd /usr/src/app; make install
