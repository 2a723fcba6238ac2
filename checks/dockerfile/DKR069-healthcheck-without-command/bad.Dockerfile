FROM nginx:1.27
# expect: DKR069
HEALTHCHECK --interval=30s --timeout=3s
# expect: DKR069
HEALTHCHECK CMD
# expect: DKR069
HEALTHCHECK --interval=5s NONE
# expect: DKR069
HEALTHCHECK RUN curl -f http://localhost/
