resource "aws_redshift_cluster" "dw" { # expect: AWS198
  cluster_identifier = "dw"
  node_type          = "ra3.xlplus"
  encrypted          = true
}

resource "aws_redshift_cluster" "dev" {
  cluster_identifier = "dev"
  node_type          = "ra3.xlplus"
  encrypted          = true
  database_name      = "dev" # expect: AWS198
}
