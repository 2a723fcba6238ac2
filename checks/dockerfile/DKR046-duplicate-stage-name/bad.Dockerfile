FROM golang:1.22 AS build
RUN go build -o /out/api ./cmd/api

FROM node:20-bookworm AS web
RUN npm ci && npm run build

# expect: DKR046
FROM node:20-bookworm AS BUILD
RUN npm run build:admin

FROM gcr.io/distroless/base-debian12
COPY --from=build /out/api /api
