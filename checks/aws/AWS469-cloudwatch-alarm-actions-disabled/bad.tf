resource "aws_cloudwatch_metric_alarm" "root_login" {
  alarm_name          = "root-login"
  namespace           = "CISBenchmark"
  metric_name         = "RootLogin"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  period              = 300
  statistic           = "Sum"
  threshold           = 1
  alarm_actions       = ["arn:aws:sns:eu-west-1:123456789012:security"]
  actions_enabled     = false # expect: AWS469
}
