# Untagged, latest, and unresolved references are not this rule's business.
ARG BASE
FROM ${BASE} AS custom
FROM ubuntu
FROM debian:latest
