resource "aws_db_instance" "orders" { # expect: AWS278
  identifier          = "orders"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.m6g.large"
  allocated_storage   = 50
  username            = "app"
  manage_master_user_password = true
}
