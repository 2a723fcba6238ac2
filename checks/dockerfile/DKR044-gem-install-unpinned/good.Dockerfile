FROM ruby:3.3-slim
ARG BUNDLER_VERSION=2.5.23
RUN gem install bundler -v "$BUNDLER_VERSION"
RUN gem install --no-document rails:7.2.2 nokogiri:1.16.8
RUN gem install --version=1.2.0 rake && gem install ./vendor/tool-1.0.0.gem
RUN gem update --system 3.5.23 && bundle install
