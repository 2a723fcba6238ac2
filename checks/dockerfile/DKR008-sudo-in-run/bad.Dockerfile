FROM ubuntu:24.04
RUN apt-get update \
 && apt-get install -y --no-install-recommends sudo \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --create-home --groups sudo dev \
 && echo 'dev ALL=(ALL) NOPASSWD:ALL' > /etc/sudoers.d/dev
USER dev
# expect: DKR008
RUN sudo mkdir -p /opt/tools && sudo chown dev:dev /opt/tools
WORKDIR /home/dev
