FROM ubuntu:24.04
RUN apt-get update \
# expect: DKR083
 && apt-get -y dist-upgrade \
 && rm -rf /var/lib/apt/lists/*
# expect: DKR083
RUN DEBIAN_FRONTEND=noninteractive apt -o Dpkg::Options::=--force-confold full-upgrade -y
