variable "flag" {
  type = bool
}

resource "aws_s3_bucket_public_access_block" "assets" {
  bucket                  = "corp-assets"
  block_public_acls       = var.flag
  block_public_policy     = var.flag
  ignore_public_acls      = var.flag
  restrict_public_buckets = var.flag
}
