resource "aws_kinesis_stream" "events" {
  name            = "events"
  shard_count     = 1
  encryption_type = "KMS"
  kms_key_id      = aws_kms_key.events.arn
}

resource "aws_kms_key" "events" {
  enable_key_rotation = true
}
