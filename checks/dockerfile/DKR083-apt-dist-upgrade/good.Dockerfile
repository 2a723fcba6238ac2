FROM ubuntu:24.04
RUN apt-get update \
 && apt-get -y upgrade \
 && apt-get install -y --no-install-recommends ca-certificates=20240203 \
 && rm -rf /var/lib/apt/lists/*
RUN echo "apt-get dist-upgrade is not run here" > /NOTES
RUN apt-get install -y --no-install-recommends dist-upgrade-helper=1.0
