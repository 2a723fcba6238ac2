resource "aws_cloudtrail" "main" { # expect: AWS175
  name                       = "main"
  s3_bucket_name             = "corp-trail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
}
