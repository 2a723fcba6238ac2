resource "aws_db_instance" "app" { # expect: AWS090
  identifier                   = "app"
  engine                       = "postgres"
  instance_class               = "db.t4g.medium"
  allocated_storage            = 20
  storage_encrypted            = true
  performance_insights_enabled = true
}
