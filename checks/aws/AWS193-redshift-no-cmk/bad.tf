resource "aws_redshift_cluster" "dw" { # expect: AWS193
  cluster_identifier = "dw"
  node_type          = "ra3.xlplus"
  encrypted          = true
}

resource "aws_redshiftserverless_namespace" "analytics" { # expect: AWS193
  namespace_name = "analytics"
}

resource "aws_redshift_snapshot_copy_grant" "dr" { # expect: AWS193
  snapshot_copy_grant_name = "dr"
}
