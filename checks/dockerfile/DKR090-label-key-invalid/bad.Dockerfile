FROM alpine:3.20
# expect: DKR090
LABEL Version="1.4.2"
LABEL org.opencontainers.image.title="app" \
# expect: DKR090
      com.example.maintainer_email="ops@example.com"
# expect: DKR090
LABEL com.docker.compose.project="app"
# expect: DKR090
LABEL "com.example..team"="payments"
# expect: DKR090
LABEL 1st.example.owner="payments"
