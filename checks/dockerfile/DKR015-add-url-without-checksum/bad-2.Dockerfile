FROM eclipse-temurin:21-jre-jammy
# expect: DKR015
ADD --chmod=644 http://repo1.maven.org/maven2/io/opentelemetry/javaagent/opentelemetry-javaagent/2.5.0/opentelemetry-javaagent-2.5.0.jar /opt/otel/agent.jar
ENV JAVA_TOOL_OPTIONS="-javaagent:/opt/otel/agent.jar"
