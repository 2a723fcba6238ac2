resource "aws_rds_cluster" "orders" { # expect: AWS284
  cluster_identifier          = "orders"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
}
