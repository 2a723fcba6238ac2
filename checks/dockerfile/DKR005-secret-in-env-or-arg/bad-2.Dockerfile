FROM python:3.12-slim-bookworm
# legacy "ENV key value" form
# expect: DKR005
ENV AWS_SECRET_ACCESS_KEY wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
ENV APP_ENV=production \
    LOG_LEVEL=info \
# expect: DKR005
    STRIPE_API_KEY=sk_test_4eC39HqLyjWDarjtT1zdp7dc
# expect: DKR005
ARG sentryAuthToken=sntrys_eyJpYXQiOjE3MTk4NzY1NDN9
COPY . /app
CMD ["python", "/app/main.py"]
