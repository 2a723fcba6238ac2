# syntax=docker/dockerfile:1.7
# A cache on /var/cache/apt keeps the .deb files out, but the lists still land in the layer.
FROM ubuntu:24.04
# expect: DKR007
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked apt-get update && apt-get install -y --no-install-recommends git
