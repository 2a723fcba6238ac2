FROM ubuntu:24.04
RUN apt-get update \
 && apt-get install -y --no-install-recommends openssh-server \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /run/sshd
# expect: DKR009
EXPOSE 22
CMD ["/usr/sbin/sshd", "-D", "-e"]
