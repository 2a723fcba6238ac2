resource "aws_waf_web_acl" "edge" {
  name        = "edge"
  metric_name = "edge"
  default_action {
    type = "ALLOW"
  }
  logging_configuration {
    log_destination = "arn:aws:firehose:us-east-1:123456789012:deliverystream/aws-waf-logs-edge"
  }
}
