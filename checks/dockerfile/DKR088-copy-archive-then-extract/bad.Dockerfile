FROM debian:12.8
# expect: DKR088
COPY dist/app-1.4.2.tar.gz /tmp/
RUN mkdir -p /opt/app \
 && tar -xzf /tmp/app-1.4.2.tar.gz -C /opt/app \
 && rm /tmp/app-1.4.2.tar.gz
# expect: DKR088
COPY ["vendor/tools.tar", "/tmp/tools.tar"]
RUN tar xf /tmp/tools.tar -C /usr/local
