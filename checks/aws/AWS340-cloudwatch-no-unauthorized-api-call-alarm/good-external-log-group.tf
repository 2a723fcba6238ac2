# The group is not defined here: its filters live with it, in another stack.
resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "corp-cloudtrail"
  is_multi_region_trail      = true
  cloud_watch_logs_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:org-trail:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::123456789012:role/cloudtrail-to-cloudwatch"
}
