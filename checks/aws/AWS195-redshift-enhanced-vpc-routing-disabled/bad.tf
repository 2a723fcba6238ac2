resource "aws_redshift_cluster" "dw" { # expect: AWS195
  cluster_identifier = "dw"
  node_type          = "ra3.xlplus"
  encrypted          = true
}
