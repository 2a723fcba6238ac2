FROM debian:bookworm-slim
RUN VERSION=1.2.3 && echo "$VERSION"
RUN PREFIX='' ./configure && DEBIAN_FRONTEND=noninteractive apt-get install -y make
RUN export TARGET=/opt/app && mkdir -p "$TARGET"
RUN [ "$MODE" = release ] && test "$A" = "$B"
RUN git config --global user.name = && echo "a = b" && make CFLAGS=-O2 PREFIX=/usr
