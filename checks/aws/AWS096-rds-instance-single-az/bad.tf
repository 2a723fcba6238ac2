resource "aws_db_instance" "orders" { # expect: AWS096
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
  storage_encrypted = true
}

resource "aws_db_instance" "billing" {
  identifier        = "billing"
  engine            = "mysql"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
  storage_encrypted = true
  multi_az          = false # expect: AWS096
}
