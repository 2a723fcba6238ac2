resource "aws_neptune_cluster" "graph" { # expect: AWS105
  cluster_identifier = "graph"
  engine             = "neptune"
  storage_encrypted  = true
}

resource "aws_neptune_cluster" "social" {
  cluster_identifier                  = "social"
  engine                              = "neptune"
  storage_encrypted                   = true
  iam_database_authentication_enabled = false # expect: AWS105
}
