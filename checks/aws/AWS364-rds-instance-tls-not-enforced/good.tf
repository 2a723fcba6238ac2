resource "aws_db_parameter_group" "mysql" {
  name   = "app-mysql"
  family = "mysql8.0"

  parameter {
    name  = "require_secure_transport"
    value = "ON"
  }
}

resource "aws_db_instance" "app" {
  identifier           = "app"
  engine               = "mysql"
  engine_version       = "8.0.36"
  instance_class       = "db.t3.micro"
  allocated_storage    = 20
  parameter_group_name = aws_db_parameter_group.mysql.name
}

# PostgreSQL 15 and later force TLS by default.
resource "aws_db_instance" "pg16" {
  identifier        = "pg16"
  engine            = "postgres"
  engine_version    = "16.3"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

# A parameter group from elsewhere: not judged.
variable "parameter_group" {
  type = string
}

resource "aws_db_instance" "shared" {
  identifier           = "shared"
  engine               = "mysql"
  engine_version       = "8.0.36"
  instance_class       = "db.t3.micro"
  allocated_storage    = 20
  parameter_group_name = var.parameter_group
}
