resource "aws_neptune_cluster" "main" { # expect: AWS085
  cluster_identifier = "main"
  engine             = "neptune"
}
