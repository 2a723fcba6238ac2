FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
# Windows users have no numeric UID
USER ContainerUser
