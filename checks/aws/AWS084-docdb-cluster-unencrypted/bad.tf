resource "aws_docdb_cluster" "main" { # expect: AWS084
  cluster_identifier = "main"
  engine             = "docdb"
}
