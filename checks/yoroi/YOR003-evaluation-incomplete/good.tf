locals {
  name   = "corp"
  prefix = "${local.name}-app"
}

resource "aws_s3_bucket" "assets" {
  bucket = local.prefix
}
