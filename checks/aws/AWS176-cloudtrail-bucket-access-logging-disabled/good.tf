resource "aws_s3_bucket" "trail" {
  bucket = "corp-trail-logs"
}

resource "aws_s3_bucket_logging" "trail" {
  bucket        = aws_s3_bucket.trail.id
  target_bucket = "corp-access-logs"
  target_prefix = "trail/"
}

resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = aws_s3_bucket.trail.id
  is_multi_region_trail      = true
  enable_log_file_validation = true
}

# Not written to by any trail: not judged by this rule.
resource "aws_s3_bucket" "other" {
  bucket = "corp-other"
}

# Logging configured in the provider v3 style on the bucket itself.
resource "aws_s3_bucket" "trail_v3" {
  bucket = "corp-trail-logs-v3"
  logging {
    target_bucket = "corp-access-logs"
  }
}

resource "aws_cloudtrail" "v3" {
  name           = "v3"
  s3_bucket_name = aws_s3_bucket.trail_v3.id
}
