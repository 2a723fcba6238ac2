FROM debian:bookworm-slim
# expect: DKR100
RUN for f in /etc/*.conf; do echo "$f" done
# expect: DKR100
RUN echo "unterminated > /tmp/x
# expect: DKR100
RUN make &; echo started
RUN apt-get update \
# expect: DKR100
 && If [ -f /x ]; then echo yes; fi
# expect: DKR100
RUN for $i in a b; do echo "$i"; done
# expect: DKR100
RUN function build{ make; }; build
