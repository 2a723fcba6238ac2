resource "aws_db_instance_automated_backups_replication" "dr" {
  source_db_instance_arn = "arn:aws:rds:eu-west-1:123456789012:db:orders"
  retention_period       = 14
  kms_key_id             = "arn:aws:kms:eu-central-1:123456789012:key/abcd"
}
