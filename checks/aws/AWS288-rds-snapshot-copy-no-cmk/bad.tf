resource "aws_db_snapshot_copy" "dr" { # expect: AWS288
  source_db_snapshot_identifier = "arn:aws:rds:eu-west-1:123456789012:snapshot:orders"
  target_db_snapshot_identifier = "orders-dr"
}
