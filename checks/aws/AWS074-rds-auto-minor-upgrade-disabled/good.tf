variable "auto_upgrade" {
  type = bool
}

resource "aws_db_instance" "app" {
  identifier          = "app"
  engine              = "postgres"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  storage_encrypted   = true
}

resource "aws_rds_cluster_instance" "reports" {
  identifier                 = "reports-1"
  cluster_identifier         = "reports"
  instance_class             = "db.r6g.large"
  engine                     = "aurora-postgresql"
  auto_minor_version_upgrade = var.auto_upgrade
}
