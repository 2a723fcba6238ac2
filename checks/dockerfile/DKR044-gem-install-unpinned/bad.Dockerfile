FROM ruby:3.3-slim
# expect: DKR044
RUN gem install bundler
# expect: DKR044
RUN gem install --no-document rails nokogiri:1.16.8
