resource "aws_db_instance" "orders" {
  identifier          = "orders"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.m6g.large"
  allocated_storage   = 50
  username            = "app"
  manage_master_user_password = true
  backup_retention_period = 3 # expect: AWS284
}
