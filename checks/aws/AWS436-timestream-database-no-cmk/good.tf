resource "aws_timestreamwrite_database" "metrics" {
  database_name = "metrics"
  kms_key_id    = aws_kms_key.timestream.arn
}
