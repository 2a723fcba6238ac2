variable "strict" {
  type = bool
}

variable "bucket_id" {
  type = string
}

resource "aws_s3_bucket" "data" {
  bucket = "corp-data"
}

# The flags come from a variable without a default: unknown, so no finding.
resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = var.strict
  block_public_policy     = var.strict
  ignore_public_acls      = var.strict
  restrict_public_buckets = var.strict
}

resource "aws_s3_bucket" "archive" {
  bucket = "corp-archive"
}

# Which bucket this block belongs to is unknown: it may be the archive's, so no finding.
resource "aws_s3_bucket_public_access_block" "maybe_archive" {
  bucket                  = var.bucket_id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
