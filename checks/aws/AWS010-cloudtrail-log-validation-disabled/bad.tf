resource "aws_cloudtrail" "main" { # expect: AWS010
  name                  = "org-main"
  s3_bucket_name        = "example-cloudtrail-logs"
  is_multi_region_trail = true
  kms_key_id            = "arn:aws:kms:eu-west-1:111122223333:key/0a1b2c3d-4e5f-6789-abcd-ef0123456789"
}

resource "aws_cloudtrail" "audit" {
  name                       = "audit"
  s3_bucket_name             = "example-audit-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = false # expect: AWS010
}
