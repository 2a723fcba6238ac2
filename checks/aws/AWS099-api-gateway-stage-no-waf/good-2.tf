variable "protected_arn" {
  type = string
}

resource "aws_api_gateway_stage" "prod" {
  rest_api_id          = "a1b2c3d4e5"
  deployment_id        = "dep123"
  stage_name           = "prod"
  xray_tracing_enabled = true
}

# Which resource this association protects is unknown: it may be the stage, so no finding.
resource "aws_wafv2_web_acl_association" "maybe_prod" {
  resource_arn = var.protected_arn
  web_acl_arn  = "arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/api/abc"
}
