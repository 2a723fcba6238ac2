resource "aws_redshift_cluster" "dw" {
  cluster_identifier                  = "dw"
  node_type                           = "ra3.xlplus"
  encrypted                           = true
  automated_snapshot_retention_period = 7
}

resource "aws_redshift_cluster" "default" {
  cluster_identifier = "default"
  node_type          = "ra3.xlplus"
  encrypted          = true
}
