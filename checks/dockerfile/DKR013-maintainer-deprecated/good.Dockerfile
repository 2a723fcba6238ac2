FROM alpine:3.20
LABEL maintainer="Jane Doe <jane.doe@example.com>" \
      org.opencontainers.image.authors="Jane Doe <jane.doe@example.com>"
RUN echo "MAINTAINER is deprecated" > /etc/motd
CMD ["sh"]
