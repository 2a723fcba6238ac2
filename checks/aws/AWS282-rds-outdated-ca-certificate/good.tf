resource "aws_db_instance" "orders" {
  identifier          = "orders"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.m6g.large"
  allocated_storage   = 50
  username            = "app"
  manage_master_user_password = true
  ca_cert_identifier = "rds-ca-rsa2048-g1"
}

resource "aws_db_instance" "defaults" {
  identifier          = "defaults"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.m6g.large"
  allocated_storage   = 50
  username            = "app"
  manage_master_user_password = true
}
