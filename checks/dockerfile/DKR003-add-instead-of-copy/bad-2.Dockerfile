# ADD does not extract zip files, so this is a plain copy.
FROM eclipse-temurin:21-jre
# expect: DKR003
ADD dist/reports.zip /opt/reports/
RUN cd /opt/reports && jar xf reports.zip && rm reports.zip
