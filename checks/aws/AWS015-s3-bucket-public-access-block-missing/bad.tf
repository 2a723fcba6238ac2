resource "aws_s3_bucket" "uploads" { # expect: AWS015
  bucket = "corp-uploads"
}

resource "aws_s3_bucket" "reports" { # expect: AWS015
  bucket = "corp-reports"
}

# Blocks ACLs but leaves bucket policies able to open the bucket.
resource "aws_s3_bucket_public_access_block" "reports" {
  bucket                  = aws_s3_bucket.reports.id
  block_public_acls       = true
  block_public_policy     = false
  ignore_public_acls      = true
  restrict_public_buckets = true
}
