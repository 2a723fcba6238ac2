resource "aws_db_instance" "app" {
  identifier          = "app"
  engine              = "postgres"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  storage_encrypted   = true
  backup_retention_period = 14
}

resource "aws_db_instance" "replica" {
  identifier              = "app-replica"
  instance_class          = "db.t4g.micro"
  replicate_source_db     = aws_db_instance.app.identifier
  backup_retention_period = 0
}
