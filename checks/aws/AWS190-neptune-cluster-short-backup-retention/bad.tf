resource "aws_neptune_cluster" "graph" { # expect: AWS190
  cluster_identifier = "graph"
  storage_encrypted  = true
}

resource "aws_neptune_cluster" "short" {
  cluster_identifier      = "short"
  storage_encrypted       = true
  backup_retention_period = 1 # expect: AWS190
}
