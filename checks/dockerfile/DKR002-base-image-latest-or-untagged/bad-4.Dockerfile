# A registry port is not a tag: this reference is still untagged.
# expect: DKR002
FROM registry.internal.example:5000/platform/jre
COPY target/service.jar /opt/service.jar
CMD ["java", "-jar", "/opt/service.jar"]
