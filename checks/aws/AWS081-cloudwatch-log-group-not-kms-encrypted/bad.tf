resource "aws_cloudwatch_log_group" "app" { # expect: AWS081
  name              = "/app/web"
  retention_in_days = 90
}
