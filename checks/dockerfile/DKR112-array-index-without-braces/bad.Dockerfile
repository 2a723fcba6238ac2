FROM debian:bookworm-slim
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
# expect: DKR112
RUN ARCHS=(amd64 arm64) && echo "building for $ARCHS[1]"
# expect: DKR112
RUN V=(1 2 3) && curl -fsSLO https://example.com/v$V[0].tgz
