FROM debian:bookworm-slim
# expect: DKR071
RUN useradd -u 123456789 -r -m app
# expect: DKR071
RUN groupadd -g 1000001 svc && useradd --uid=1000001 -g svc svc
