resource "aws_docdb_cluster" "main" { # expect: AWS184
  cluster_identifier = "main"
  master_username    = "admin"
  master_password    = var.password
  storage_encrypted  = true
}

variable "password" {
  type      = string
  sensitive = true
}
