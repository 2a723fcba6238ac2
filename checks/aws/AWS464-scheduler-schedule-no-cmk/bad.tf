resource "aws_scheduler_schedule" "nightly" { # expect: AWS464
  name                = "nightly"
  schedule_expression = "cron(0 2 * * ? *)"
  flexible_time_window {
    mode = "OFF"
  }
  target {
    arn      = "arn:aws:lambda:eu-west-1:123456789012:function:nightly"
    role_arn = "arn:aws:iam::123456789012:role/scheduler"
  }
}
