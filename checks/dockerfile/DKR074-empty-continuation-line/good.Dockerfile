FROM debian:bookworm-slim
RUN apt-get update \
    # comment lines are allowed
    && apt-get install -y --no-install-recommends curl

RUN echo done
