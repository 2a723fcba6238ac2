resource "aws_neptune_cluster" "graph" { # expect: AWS189
  cluster_identifier = "graph"
  storage_encrypted  = true
}
