FROM debian:bookworm-slim
RUN if [ -f /tmp/tool.tgz ]; then tar -xzf /tmp/tool.tgz -C /opt; else curl -fsSLo /opt/tool https://example.com/tool; fi
RUN [ -f /etc/app.conf ] && rm /etc/app.conf || true
RUN [ -n "$DEBUG" ] && echo "debug build" || echo "release build"
RUN command -v curl >/dev/null && exit 0 || apt-get install -y curl
RUN make || make -j1 && make install
RUN test -d /opt && { rm -rf /opt/cache || echo "no cache"; }
