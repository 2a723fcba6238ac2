FROM debian:bookworm-slim
RUN printf '[global]\nindex-url = %s\n' https://pypi.example.com/simple > /etc/pip.conf
RUN echo -e "a\tb" > /tmp/x && echo "C:/path/no/escape" && echo plain\ text
RUN echo "$HOME" && echo 'no backslash here'
