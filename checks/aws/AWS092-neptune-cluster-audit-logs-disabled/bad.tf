resource "aws_neptune_cluster" "main" { # expect: AWS092
  cluster_identifier = "main"
  engine             = "neptune"
  storage_encrypted  = true
}
