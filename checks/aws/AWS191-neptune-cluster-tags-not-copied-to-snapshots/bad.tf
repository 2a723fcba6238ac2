resource "aws_neptune_cluster" "graph" { # expect: AWS191
  cluster_identifier = "graph"
  storage_encrypted  = true
}
