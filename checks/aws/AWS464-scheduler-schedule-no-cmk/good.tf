resource "aws_scheduler_schedule" "nightly" {
  name                = "nightly"
  schedule_expression = "cron(0 2 * * ? *)"
  kms_key_arn         = aws_kms_key.scheduler.arn
  flexible_time_window {
    mode = "OFF"
  }
  target {
    arn      = "arn:aws:lambda:eu-west-1:123456789012:function:nightly"
    role_arn = "arn:aws:iam::123456789012:role/scheduler"
  }
}
