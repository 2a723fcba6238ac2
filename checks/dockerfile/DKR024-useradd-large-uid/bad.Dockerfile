FROM debian:bookworm-slim
# expect: DKR024
RUN useradd -r -u 1000001 -g root app
RUN groupadd -g 2000000 svc \
# expect: DKR024
 && useradd --uid=2000000 --gid svc --shell /usr/sbin/nologin svc
USER app
