# The trail names its group by ARN, the filter by name: matched by the group's known name.
resource "aws_cloudwatch_log_group" "trail" {
  name              = "cloudtrail-events"
  retention_in_days = 365
}

resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "corp-cloudtrail"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  cloud_watch_logs_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:cloudtrail-events:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::123456789012:role/cloudtrail-to-cloudwatch"
}

resource "aws_cloudwatch_log_metric_filter" "root_usage" {
  name           = "root_usage"
  log_group_name = "cloudtrail-events"
  pattern        = "{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" }"

  metric_transformation {
    name      = "root_usage"
    namespace = "CISBenchmark"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "root_usage" {
  alarm_name          = "root_usage"
  metric_name         = "root_usage"
  namespace           = "CISBenchmark"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = ["arn:aws:sns:eu-west-1:123456789012:security-alerts"]
}
