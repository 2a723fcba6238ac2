FROM debian:bookworm-slim
RUN VERSION=$(curl -fsSL https://example.com/latest) && export VERSION && echo "$VERSION"
RUN export MAKEFLAGS="-j$(nproc)" ARCH=$(uname -m) && make
RUN export PATH="/opt/bin:$PATH" HOME=/root
