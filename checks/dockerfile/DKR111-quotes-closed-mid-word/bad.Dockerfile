FROM debian:bookworm-slim
# expect: DKR111
RUN echo "export PATH="$PATH:/opt/tool/bin"" >> /etc/profile
# expect: DKR111
RUN awk '{print 'done'}' /etc/hostname
# expect: DKR111
RUN echo "<Directory "html">" > /etc/apache2/conf-available/x.conf
