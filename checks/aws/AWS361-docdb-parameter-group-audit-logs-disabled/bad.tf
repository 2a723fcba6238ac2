resource "aws_docdb_cluster_parameter_group" "defaults" { # expect: AWS361
  family = "docdb5.0"
  name   = "docs-defaults"

  parameter {
    name  = "tls"
    value = "enabled"
  }
}

resource "aws_docdb_cluster_parameter_group" "off" {
  family = "docdb5.0"
  name   = "docs-off"

  parameter {
    name  = "audit_logs"
    value = "disabled" # expect: AWS361
  }
}
