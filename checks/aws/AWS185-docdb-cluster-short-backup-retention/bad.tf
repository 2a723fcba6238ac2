resource "aws_docdb_cluster" "main" { # expect: AWS185
  cluster_identifier = "main"
  storage_encrypted  = true
}

resource "aws_docdb_cluster" "short" {
  cluster_identifier      = "short"
  storage_encrypted       = true
  backup_retention_period = 3 # expect: AWS185
}
