FROM registry.internal.example:5000/platform/jdk:21.0.3 AS build
WORKDIR /src
COPY . .
RUN ./gradlew --no-daemon bootJar

FROM eclipse-temurin:21-jre-jammy@sha256:3f3e0a1d8b2c4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f
COPY --from=build /src/build/libs/app.jar /opt/app.jar
CMD ["java", "-jar", "/opt/app.jar"]
