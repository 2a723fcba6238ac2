# escape=`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
WORKDIR C:\app
COPY bin\ .
WORKDIR D:/data
CMD ["C:\\app\\service.exe"]
