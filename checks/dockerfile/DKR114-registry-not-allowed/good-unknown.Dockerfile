# A base from a build argument without default: unknown, never reported.
ARG BASE
FROM ${BASE}
