FROM debian:bookworm-slim
RUN for f in /etc/*.conf; do echo "$f"; done
RUN echo "closed" > /tmp/x && echo 'it'"'"'s fine'
RUN make & echo started
RUN if [ -f /x ]; then echo yes; fi
RUN build() { make; }; build
# A heredoc written to a file is data, not script.
RUN cat <<'EOF2' > /etc/motd
  If "this" were shell; it would not parse (
EOF2
# A non-shell heredoc is skipped.
RUN <<EOF3
#!/usr/bin/env python3
print("hello"
EOF3
SHELL ["pwsh", "-Command"]
RUN Write-Host "a" | Out-Null; if ($x) { "y" }
