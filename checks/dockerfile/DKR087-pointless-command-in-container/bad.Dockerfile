FROM debian:12.8
# expect: DKR087
RUN vim /etc/nginx/nginx.conf
RUN apt-get update \
# expect: DKR087
 && ps aux \
 && rm -rf /var/lib/apt/lists/*
# expect: DKR087
RUN sudo mount -t tmpfs tmpfs /mnt
# expect: DKR087
RUN service nginx start
# expect: DKR087
RUN shutdown -h now
