resource "aws_cloudwatch_log_group" "app" {
  name              = "/app/web"
  retention_in_days = 400
}

resource "aws_cloudwatch_log_group" "forever" {
  name = "/app/forever"
}

resource "aws_cloudwatch_log_group" "zero" {
  name              = "/app/zero"
  retention_in_days = 0
}

resource "aws_cloudwatch_log_group" "unknown" {
  name              = "/app/unknown"
  retention_in_days = aws_ssm_parameter.days.value
}
