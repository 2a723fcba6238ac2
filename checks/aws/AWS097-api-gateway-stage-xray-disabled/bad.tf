resource "aws_api_gateway_stage" "prod" { # expect: AWS097
  rest_api_id   = "a1b2c3d4e5"
  deployment_id = "dep123"
  stage_name    = "prod"
}

resource "aws_api_gateway_stage" "beta" {
  rest_api_id          = "a1b2c3d4e5"
  deployment_id        = "dep123"
  stage_name           = "beta"
  xray_tracing_enabled = false # expect: AWS097
}
