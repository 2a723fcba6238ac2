resource "aws_rds_global_cluster" "orders" { # expect: AWS290
  global_cluster_identifier = "orders"
  engine                    = "aurora-postgresql"
  engine_version            = "16.1"
}
