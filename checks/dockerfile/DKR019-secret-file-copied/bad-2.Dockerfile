FROM python:3.12-slim
# expect: DKR019
COPY ["config/.aws/credentials", "/root/.aws/credentials"]
COPY app/ /app/
ARG KEY_DIR=tls
# resolved through the ARG
# expect: DKR019
COPY ${KEY_DIR}/private.pem \
# expect: DKR019
     ${KEY_DIR}/client.p12 /etc/app/
