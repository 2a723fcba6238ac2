resource "aws_kinesis_firehose_delivery_stream" "logs" {
  name        = "logs"
  destination = "extended_s3"
  server_side_encryption {
    enabled  = true
    key_type = "CUSTOMER_MANAGED_CMK"
    key_arn  = aws_kms_key.logs.arn
  }
  extended_s3_configuration {
    role_arn   = "arn:aws:iam::123456789012:role/firehose"
    bucket_arn = "arn:aws:s3:::corp-logs"
  }
}

resource "aws_kms_key" "logs" {
  enable_key_rotation = true
}
