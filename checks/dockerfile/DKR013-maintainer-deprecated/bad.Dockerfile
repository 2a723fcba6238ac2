FROM alpine:3.20
# expect: DKR013
MAINTAINER Jane Doe <jane.doe@example.com>
RUN apk add --no-cache bash
CMD ["bash"]
