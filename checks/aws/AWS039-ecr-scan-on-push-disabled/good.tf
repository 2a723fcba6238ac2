variable "scan" {
  type = bool
}

resource "aws_ecr_repository" "scanned" {
  name = "scanned"
  image_scanning_configuration {
    scan_on_push = true
  }
}

resource "aws_ecr_repository" "configurable" {
  name = "configurable"
  image_scanning_configuration {
    scan_on_push = var.scan
  }
}
