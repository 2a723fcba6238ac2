resource "aws_docdb_global_cluster" "orders" { # expect: AWS187
  global_cluster_identifier = "orders"
  engine                    = "docdb"
  engine_version            = "5.0.0"
}
