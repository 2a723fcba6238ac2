resource "aws_cloudtrail_event_data_store" "audit" {
  name             = "audit"
  retention_period = 2557
  kms_key_id       = aws_kms_key.audit.arn
}

resource "aws_kms_key" "audit" {
  description         = "CloudTrail Lake"
  enable_key_rotation = true
}
