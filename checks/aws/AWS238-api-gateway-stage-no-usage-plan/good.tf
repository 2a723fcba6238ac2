resource "aws_api_gateway_stage" "prod" {
  rest_api_id   = "a1b2c3d4e5"
  deployment_id = "abc123"
  stage_name    = "prod"
}

resource "aws_api_gateway_usage_plan" "standard" {
  name = "standard"
  api_stages {
    api_id = "a1b2c3d4e5"
    stage  = aws_api_gateway_stage.prod.stage_name
  }
  throttle_settings {
    burst_limit = 100
    rate_limit  = 50
  }
}
