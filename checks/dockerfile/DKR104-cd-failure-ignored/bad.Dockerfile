FROM debian:bookworm-slim
# expect: DKR104
RUN cd /usr/src/app; make install
RUN curl -fsSLO https://example.com/src.tgz && tar -xzf src.tgz && \
# expect: DKR104
    cd src; ./configure && make
RUN <<EOF
mkdir -p /opt/build
# expect: DKR104
cd /opt/build
cmake /usr/src/app
EOF
# expect: DKR104
RUN for d in a b; do cd "/srv/$d"; rm -rf cache; done
