# Not multi-region: AWS011 reports the trail; section 4 is judged on multi-region trails.
resource "aws_cloudwatch_log_group" "trail" {
  name              = "cloudtrail-events"
  retention_in_days = 365
}

resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "corp-cloudtrail"
  is_multi_region_trail      = false
  enable_log_file_validation = true
  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::123456789012:role/cloudtrail-to-cloudwatch"
}
