FROM alpine:3.20
# expect: SEC002
ENV SLACK_TOKEN=xoxb-123456789012-yoroiFake4Tests
# expect: SEC002
RUN curl -H "Authorization: token ghp_yoroiFakeToken4Tests0123456789abcdef" https://api.github.com/user
