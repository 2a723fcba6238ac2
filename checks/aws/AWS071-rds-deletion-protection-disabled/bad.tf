resource "aws_db_instance" "app" { # expect: AWS071
  identifier          = "app"
  engine              = "postgres"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  storage_encrypted   = true
}

resource "aws_rds_cluster" "reports" {
  cluster_identifier  = "reports"
  engine              = "aurora-postgresql"
  storage_encrypted   = true
  deletion_protection = false # expect: AWS071
}
