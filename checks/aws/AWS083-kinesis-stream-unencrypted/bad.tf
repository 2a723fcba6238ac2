resource "aws_kinesis_stream" "clicks" { # expect: AWS083
  name             = "clicks"
  retention_period = 48
  stream_mode_details {
    stream_mode = "ON_DEMAND"
  }
}
