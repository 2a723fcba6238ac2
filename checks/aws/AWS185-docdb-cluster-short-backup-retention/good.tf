resource "aws_docdb_cluster" "main" {
  cluster_identifier      = "main"
  storage_encrypted       = true
  backup_retention_period = 14
}

variable "retention" {
  type = number
}

resource "aws_docdb_cluster" "from_var" {
  cluster_identifier      = "var"
  storage_encrypted       = true
  backup_retention_period = var.retention
}
