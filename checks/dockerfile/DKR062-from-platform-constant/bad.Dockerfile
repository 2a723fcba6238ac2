# expect: DKR062
FROM --platform=linux/amd64 node:20-bookworm AS build
RUN npm ci

# expect: DKR062
FROM --platform=linux/arm64/v8 alpine:3.20
COPY --from=build /app /app
