variable "encrypted" {
  type = bool
}

resource "aws_docdb_cluster" "main" {
  cluster_identifier = "main"
  engine             = "docdb"
  storage_encrypted  = true
}

resource "aws_docdb_cluster" "configurable" {
  cluster_identifier = "configurable"
  engine             = "docdb"
  storage_encrypted  = var.encrypted
}
