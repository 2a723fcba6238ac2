# Root for the install step, then an arbitrary uid with group 0 (the OpenShift convention).
FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4
USER root
RUN microdnf install -y shadow-utils && microdnf clean all
COPY --chown=1001:0 app /opt/app
RUN chmod -R g=u /opt/app
USER 1001:0
CMD ["/opt/app/run"]
