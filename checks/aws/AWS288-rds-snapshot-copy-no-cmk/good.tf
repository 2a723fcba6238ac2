resource "aws_db_snapshot_copy" "dr" {
  source_db_snapshot_identifier = "arn:aws:rds:eu-west-1:123456789012:snapshot:orders"
  target_db_snapshot_identifier = "orders-dr"
  kms_key_id                    = aws_kms_key.dr.arn
}

resource "aws_kms_key" "dr" {
  enable_key_rotation = true
}
