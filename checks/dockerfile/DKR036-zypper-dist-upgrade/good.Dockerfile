FROM opensuse/leap:15.6
RUN zypper -n update && zypper -n patch && zypper clean --all
RUN echo "no dist-upgrade here" > /README
