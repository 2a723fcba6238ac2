FROM ubuntu:24.04
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl git zsh \
 && rm -rf /var/lib/apt/lists/*
# expect: DKR004
RUN sh -c "$(curl -fsSL https://raw.githubusercontent.com/ohmyzsh/ohmyzsh/master/tools/install.sh)" "" --unattended
# expect: DKR004
RUN bash <(curl -sSL https://sdk.cloud.example/install.sh) --disable-prompts
# expect: DKR004
RUN eval "$(wget -qO- https://tools.example.dev/env.sh)" && tool --version
