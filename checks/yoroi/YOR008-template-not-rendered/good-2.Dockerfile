FROM alpine:3.20
# A Go template in a string is only text here.
RUN echo '{{ not a template }}' > /etc/motd
USER 10001
