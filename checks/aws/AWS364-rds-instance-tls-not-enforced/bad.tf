resource "aws_db_instance" "legacy" { # expect: AWS364
  identifier        = "legacy"
  engine            = "mysql"
  engine_version    = "8.0.36"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

resource "aws_db_parameter_group" "pg" {
  name   = "app-pg14"
  family = "postgres14"

  parameter {
    name  = "rds.force_ssl"
    value = "0" # expect: AWS364
  }
}

resource "aws_db_instance" "app" {
  identifier           = "app"
  engine               = "postgres"
  engine_version       = "14.10"
  instance_class       = "db.t3.micro"
  allocated_storage    = 20
  parameter_group_name = aws_db_parameter_group.pg.name
}

resource "aws_db_parameter_group" "maria" {
  name   = "maria"
  family = "mariadb10.11"
}

resource "aws_db_instance" "maria" {
  identifier           = "maria"
  engine               = "mariadb"
  instance_class       = "db.t3.micro"
  allocated_storage    = 20
  parameter_group_name = "maria" # expect: AWS364
}
