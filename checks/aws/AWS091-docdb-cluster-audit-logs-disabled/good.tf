variable "log_exports" {
  type = list(string)
}

resource "aws_docdb_cluster" "main" {
  cluster_identifier              = "main"
  engine                          = "docdb"
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["audit"]
}

resource "aws_docdb_cluster" "configurable" {
  cluster_identifier              = "configurable"
  engine                          = "docdb"
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = var.log_exports
}
