variable "validate_logs" {
  type = bool
}

resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "example-cloudtrail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = var.validate_logs
}
