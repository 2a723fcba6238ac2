resource "aws_docdb_cluster" "main" {
  cluster_identifier = "main"
  master_username    = "admin"
  master_password    = var.password
  storage_encrypted  = true
  kms_key_id         = aws_kms_key.docdb.arn
}

resource "aws_kms_key" "docdb" {
  enable_key_rotation = true
}

variable "password" {
  type      = string
  sensitive = true
}
