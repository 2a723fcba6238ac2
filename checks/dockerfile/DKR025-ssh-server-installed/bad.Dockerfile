FROM ubuntu:24.04
RUN apt-get update \
# expect: DKR025
 && apt-get install -y --no-install-recommends openssh-server=1:9.6p1-3ubuntu13 \
 && rm -rf /var/lib/apt/lists/*
CMD ["/usr/sbin/sshd", "-D"]
