FROM ubuntu:24.04
# expect: DKR023
RUN echo 'root:Docker!' | chpasswd
# expect: DKR023
RUN useradd -m -p "$(openssl passwd -1 changeme)" deploy
# expect: DKR023
RUN passwd -d ubuntu
FROM rockylinux:9
# expect: DKR023
RUN echo changeme | passwd --stdin root
