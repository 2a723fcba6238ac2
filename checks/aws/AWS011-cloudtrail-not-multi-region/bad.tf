resource "aws_cloudtrail" "main" { # expect: AWS011
  name                       = "main"
  s3_bucket_name             = "example-cloudtrail-logs"
  enable_log_file_validation = true
}

resource "aws_cloudtrail" "eu_only" {
  name                       = "eu-only"
  s3_bucket_name             = "example-cloudtrail-logs"
  enable_log_file_validation = true
  is_multi_region_trail      = false # expect: AWS011
}
