FROM mcr.microsoft.com/powershell:7.4-ubuntu-22.04 AS ps
SHELL ["pwsh", "-Command"]
CMD Write-Host hello

FROM python:3.12-slim
ENTRYPOINT ["gunicorn", "--bind=0.0.0.0:8000", "app:wsgi"]
CMD ["--workers", "2"]
ONBUILD CMD echo not this build
