variable "trail_kms_key_arn" {
  type = string
}

resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "example-cloudtrail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = var.trail_kms_key_arn
}
