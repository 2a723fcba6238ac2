resource "aws_docdb_cluster" "main" { # expect: AWS091
  cluster_identifier = "main"
  engine             = "docdb"
  storage_encrypted  = true
}
