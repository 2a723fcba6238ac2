resource "aws_db_instance" "app" {
  identifier          = "app"
  engine              = "postgres"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  storage_encrypted   = true
  iam_database_authentication_enabled = true
}

resource "aws_db_instance" "mssql" {
  identifier        = "mssql"
  engine            = "sqlserver-ex"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  storage_encrypted = true
}
