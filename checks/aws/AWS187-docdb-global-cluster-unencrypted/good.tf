resource "aws_docdb_global_cluster" "orders" {
  global_cluster_identifier = "orders"
  engine                    = "docdb"
  engine_version            = "5.0.0"
  storage_encrypted         = true
}

# Created from an existing cluster: encryption comes from that cluster.
resource "aws_docdb_global_cluster" "from_existing" {
  global_cluster_identifier    = "from-existing"
  source_db_cluster_identifier = "arn:aws:rds:eu-west-1:123456789012:cluster:orders"
}
