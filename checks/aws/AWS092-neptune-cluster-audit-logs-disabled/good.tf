variable "log_exports" {
  type = list(string)
}

resource "aws_neptune_cluster" "main" {
  cluster_identifier              = "main"
  engine                          = "neptune"
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["audit"]
}

resource "aws_neptune_cluster" "configurable" {
  cluster_identifier              = "configurable"
  engine                          = "neptune"
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = var.log_exports
}
