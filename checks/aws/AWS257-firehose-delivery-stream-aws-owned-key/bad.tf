resource "aws_kinesis_firehose_delivery_stream" "logs" { # expect: AWS257
  name        = "logs"
  destination = "extended_s3"
  server_side_encryption {
    enabled = true
  }
  extended_s3_configuration {
    role_arn   = "arn:aws:iam::123456789012:role/firehose"
    bucket_arn = "arn:aws:s3:::corp-logs"
  }
}
