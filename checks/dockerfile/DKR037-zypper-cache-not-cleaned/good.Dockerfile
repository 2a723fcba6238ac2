FROM opensuse/leap:15.6 AS build
RUN zypper -n install gcc=13
FROM opensuse/leap:15.6
RUN zypper -n install curl=8.6.0 && zypper clean --all
RUN zypper -n in git=2.43.0 && zypper cc -a
RUN zypper -n up && rm -rf /var/cache/zypp/*
RUN --mount=type=cache,target=/var/cache/zypp zypper -n install make=4.2.1
RUN zypper -n remove vim
