FROM debian:bookworm-slim
# expect: DKR075
SHELL /bin/bash -o pipefail -c
RUN echo hi
