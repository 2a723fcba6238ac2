resource "aws_cloudtrail" "archive_only" { # expect: AWS031
  name                       = "archive-only"
  s3_bucket_name             = "corp-trail"
  is_multi_region_trail      = true
  enable_log_file_validation = true
}
