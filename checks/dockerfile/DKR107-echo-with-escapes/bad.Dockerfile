FROM debian:bookworm-slim
# expect: DKR107
RUN echo "[global]\nindex-url = https://pypi.example.com/simple" > /etc/pip.conf
# expect: DKR107
RUN echo 'col1\tcol2' >> /tmp/table.tsv
