FROM debian:12.8 AS fetch
RUN echo build
FROM debian:12.8
ADD dist/app-1.4.2.tar.gz /opt/app/
COPY --from=fetch /tmp/tools.tar /tmp/tools.tar
RUN tar xf /tmp/tools.tar -C /usr/local
# copied to be installed, not extracted
COPY wheels/lib-2.0.tar.gz /tmp/
RUN pip install /tmp/lib-2.0.tar.gz
# a gzip file that is not a tarball
COPY data/seed.sql.gz /docker-entrypoint-initdb.d/
# listing an archive is not extracting it
COPY dist/other.tgz /tmp/
RUN tar -tzf /tmp/other.tgz
