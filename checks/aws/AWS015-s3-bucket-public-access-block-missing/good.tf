resource "aws_s3_bucket" "logs" {
  bucket = "corp-logs"
}

# The companion resource (AWS provider v4+) protects the bucket.
resource "aws_s3_bucket_public_access_block" "logs" {
  bucket                  = aws_s3_bucket.logs.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
