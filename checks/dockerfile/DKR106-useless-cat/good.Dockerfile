FROM debian:bookworm-slim
RUN xargs apt-get install -y < /tmp/requirements.txt
RUN cat /tmp/a.txt /tmp/b.txt | sort -u > /tmp/all.txt
RUN cat -n /etc/os-release | head -3 && cat /etc/os-release
RUN curl -fsSL https://example.com/x | cat - /tmp/tail > /tmp/out
RUN cat /tmp/*.pub | ssh-keygen -lf -
