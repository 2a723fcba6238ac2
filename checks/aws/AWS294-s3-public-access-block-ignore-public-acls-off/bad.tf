resource "aws_s3_bucket_public_access_block" "logs" { # expect: AWS294
  bucket = "corp-logs"
}

resource "aws_s3_bucket_public_access_block" "assets" {
  bucket                  = "corp-assets"
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = false # expect: AWS294
  restrict_public_buckets = true
}
