variable "encrypted" {
  type = bool
}

resource "aws_neptune_cluster" "main" {
  cluster_identifier = "main"
  engine             = "neptune"
  storage_encrypted  = true
}

resource "aws_neptune_cluster" "configurable" {
  cluster_identifier = "configurable"
  engine             = "neptune"
  storage_encrypted  = var.encrypted
}
