resource "aws_docdb_cluster_parameter_group" "main" {
  family = "docdb5.0"
  name   = "main"
  parameter {
    name  = "tls"
    value = "enabled"
  }
  parameter {
    name  = "audit_logs"
    value = "enabled"
  }
}
