FROM golang:1.22
COPY . /src
# expect: DKR056
RUN cd /src && go build -o /out/app ./cmd/app
# expect: DKR056
RUN cd /src/tools \
 && make install
