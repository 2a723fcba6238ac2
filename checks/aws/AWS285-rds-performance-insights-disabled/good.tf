resource "aws_db_instance" "orders" {
  identifier          = "orders"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.m6g.large"
  allocated_storage   = 50
  username            = "app"
  manage_master_user_password = true
  performance_insights_enabled    = true
  performance_insights_kms_key_id = "arn:aws:kms:eu-west-1:123456789012:key/abcd"
}
