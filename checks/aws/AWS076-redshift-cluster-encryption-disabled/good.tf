variable "encrypted" {
  type = bool
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier = "warehouse"
  node_type          = "ra3.xlplus"
  master_username    = "admin"
  encrypted          = true
}

resource "aws_redshift_cluster" "configurable" {
  cluster_identifier = "configurable"
  node_type          = "ra3.xlplus"
  master_username    = "admin"
  encrypted          = var.encrypted
}
