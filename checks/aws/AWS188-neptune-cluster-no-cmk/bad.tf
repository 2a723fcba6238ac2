resource "aws_neptune_cluster" "graph" { # expect: AWS188
  cluster_identifier = "graph"
  storage_encrypted  = true
}
