FROM debian:12.8
# expect: DKR089
RUN wget https://example.com/tool.tar.gz -O /tmp/tool.tar.gz
RUN cd /tmp \
# expect: DKR089
 && wget -O- https://example.com/archive.tgz | tar -xz
# expect: DKR089
RUN wget -O /tmp/quiet.bin https://example.com/quiet.bin
