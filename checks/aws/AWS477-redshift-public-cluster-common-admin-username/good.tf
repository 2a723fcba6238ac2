resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier  = "warehouse"
  node_type           = "ra3.xlplus"
  master_username     = "wh_owner"
  master_password     = var.redshift_password
  publicly_accessible = true
}

resource "aws_redshift_cluster" "private" {
  cluster_identifier  = "private"
  node_type           = "ra3.xlplus"
  master_username     = "awsuser"
  master_password     = var.redshift_password
  publicly_accessible = false
}
