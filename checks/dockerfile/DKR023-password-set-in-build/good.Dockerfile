FROM ubuntu:24.04
RUN useradd --system --no-create-home --shell /usr/sbin/nologin app
# locking accounts, and the locked-password marker, set no password
RUN passwd -l root && usermod -p '*' ubuntu
RUN openssl passwd -6 -salt xyz test > /dev/null
RUN echo "chpasswd is not used here" > /README
USER app
