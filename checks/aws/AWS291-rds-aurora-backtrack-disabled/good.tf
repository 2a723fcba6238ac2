resource "aws_rds_cluster" "orders" {
  cluster_identifier          = "orders"
  engine                      = "aurora-mysql"
  master_username             = "app"
  manage_master_user_password = true
  backtrack_window = 86400
}

resource "aws_rds_cluster" "pg" {
  cluster_identifier          = "orders"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
}
