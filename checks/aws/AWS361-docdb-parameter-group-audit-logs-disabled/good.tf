resource "aws_docdb_cluster_parameter_group" "audited" {
  family = "docdb5.0"
  name   = "docs-audited"

  parameter {
    name  = "audit_logs"
    value = "enabled"
  }
}

resource "aws_docdb_cluster_parameter_group" "ddl_only" {
  family = "docdb5.0"
  name   = "docs-ddl"

  parameter {
    name  = "audit_logs"
    value = "ddl"
  }
}
