FROM debian:bookworm-slim
ARG SSH_PORT=22
COPY supervisord.conf /etc/supervisor/conf.d/app.conf
# expect: DKR009
EXPOSE 80 443 22/tcp
# expect: DKR009
EXPOSE 20-25
# expect: DKR009
EXPOSE ${SSH_PORT}
CMD ["supervisord", "-n"]
