resource "aws_rds_cluster" "orders" { # expect: AWS291
  cluster_identifier          = "orders"
  engine                      = "aurora-mysql"
  master_username             = "app"
  manage_master_user_password = true
}
