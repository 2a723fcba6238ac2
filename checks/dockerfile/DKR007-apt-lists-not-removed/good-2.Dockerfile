# Only the final image matters: the build stage is copied from, never shipped.
FROM debian:bookworm AS build
RUN apt-get update && apt-get install -y --no-install-recommends build-essential
WORKDIR /src
COPY . .
RUN make

FROM debian:bookworm-slim
COPY --from=build /src/out/app /usr/local/bin/app
CMD ["app"]
