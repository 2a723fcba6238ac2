resource "aws_api_gateway_stage" "prod" {
  rest_api_id          = "a1b2c3d4e5"
  deployment_id        = "dep123"
  stage_name           = "prod"
  xray_tracing_enabled = true
}

variable "tracing" {
  type = bool
}

resource "aws_api_gateway_stage" "beta" {
  rest_api_id          = "a1b2c3d4e5"
  deployment_id        = "dep123"
  stage_name           = "beta"
  xray_tracing_enabled = var.tracing
}
