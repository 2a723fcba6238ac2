resource "aws_docdb_cluster_parameter_group" "main" {
  family = "docdb5.0"
  name   = "main"
  parameter {
    name  = "tls"
    value = "disabled" # expect: AWS186
  }
}
