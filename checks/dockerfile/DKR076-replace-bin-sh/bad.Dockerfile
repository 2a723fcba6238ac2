FROM debian:bookworm-slim
# expect: DKR076
RUN ln -sf /bin/bash /bin/sh
RUN apt-get update \
# expect: DKR076
 && ln -snf /usr/bin/bash /usr/bin/sh
