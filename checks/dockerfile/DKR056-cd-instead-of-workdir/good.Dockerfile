FROM debian:bookworm-slim
WORKDIR /src
RUN curl -fsSL https://example.com/x.tar.gz | tar -xz && cd x-1.0 && ./configure && make
RUN cd /tmp && make -C /src && cd -
RUN cd build
RUN cd "$HOME" && ls
