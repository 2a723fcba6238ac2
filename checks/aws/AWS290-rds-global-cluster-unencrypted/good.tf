resource "aws_rds_global_cluster" "orders" {
  global_cluster_identifier = "orders"
  engine                    = "aurora-postgresql"
  engine_version            = "16.1"
  storage_encrypted         = true
}

resource "aws_rds_global_cluster" "from_existing" {
  global_cluster_identifier    = "legacy"
  source_db_cluster_identifier = "arn:aws:rds:eu-west-1:123456789012:cluster:legacy"
}
