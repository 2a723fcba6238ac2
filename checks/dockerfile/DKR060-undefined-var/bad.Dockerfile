ARG VERSION=1.4.2
FROM eclipse-temurin:21-jre
# expect: DKR060
COPY target/app-${VERSION}.jar /app/app.jar
# expect: DKR060
LABEL org.opencontainers.image.version=$VERSION
# expect: DKR060
RUN --mount=type=cache,target=/cache/$TARGETARCH echo
# expect: DKR060
WORKDIR $APP_HOME
ENV APP_HOME=/app
