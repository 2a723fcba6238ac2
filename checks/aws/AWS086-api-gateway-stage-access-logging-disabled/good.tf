resource "aws_cloudwatch_log_group" "api" {
  name              = "/api/prod"
  retention_in_days = 90
}

resource "aws_apigatewayv2_stage" "prod" {
  api_id      = "a1b2c3d4e5"
  name        = "prod"
  auto_deploy = true
  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api.arn
    format          = "$context.requestId $context.identity.sourceIp $context.routeKey $context.status"
  }
}
