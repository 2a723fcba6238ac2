FROM debian:bookworm-slim
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN ARCHS=(amd64 arm64) && echo "building for ${ARCHS[1]}" && echo "${ARCHS[@]}"
RUN echo "[$HOME]" && echo "$1[x" && [ "$A" ] && grep "^$NAME\[" /etc/x || true
