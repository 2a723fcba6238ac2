resource "aws_db_instance_automated_backups_replication" "dr" { # expect: AWS289
  source_db_instance_arn = "arn:aws:rds:eu-west-1:123456789012:db:orders"
  retention_period       = 14
}
