resource "aws_cloudwatch_log_group" "trail" {
  name              = "cloudtrail-events"
  retention_in_days = 365
}

resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "corp-cloudtrail"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::123456789012:role/cloudtrail-to-cloudwatch"
}

resource "aws_cloudwatch_log_metric_filter" "console_auth_failures" {
  name           = "console_auth_failures"
  log_group_name = aws_cloudwatch_log_group.trail.name
  pattern        = "{ ($.eventName = ConsoleLogin) && ($.errorMessage = \"Failed authentication\") }"

  metric_transformation {
    name      = "console_auth_failures"
    namespace = "CISBenchmark"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "console_auth_failures" {
  alarm_name          = "console_auth_failures"
  metric_name         = aws_cloudwatch_log_metric_filter.console_auth_failures.metric_transformation[0].name
  namespace           = "CISBenchmark"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = ["arn:aws:sns:eu-west-1:123456789012:security-alerts"]
}
