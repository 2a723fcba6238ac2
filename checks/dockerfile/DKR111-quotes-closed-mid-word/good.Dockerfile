FROM debian:bookworm-slim
RUN echo "export PATH=\"\$PATH:/opt/tool/bin\"" >> /etc/profile
RUN awk '{print "done"}' /etc/hostname && echo 'it'\''s' && cp "$SRC"/"$DST" /tmp/
RUN sed -i 's/a/'"$VERSION"'/' /etc/app.conf && echo "a"="b" && echo "x""y"
