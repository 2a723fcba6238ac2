FROM coredns/coredns:1.11.1
# expect: DKR053
EXPOSE 53/UDP
# expect: DKR053
EXPOSE 53/tcp 9153/Tcp
