locals {
  prefix = "${local.name}-app" # expect: YOR003
  name   = local.prefix
}

resource "aws_s3_bucket" "assets" {
  bucket = local.name
}
