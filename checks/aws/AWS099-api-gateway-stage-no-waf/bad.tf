resource "aws_api_gateway_stage" "prod" { # expect: AWS099
  rest_api_id          = "a1b2c3d4e5"
  deployment_id        = "dep123"
  stage_name           = "prod"
  xray_tracing_enabled = true
}

resource "aws_api_gateway_stage" "beta" { # expect: AWS099
  rest_api_id          = "a1b2c3d4e5"
  deployment_id        = "dep123"
  stage_name           = "beta"
  xray_tracing_enabled = true
}

resource "aws_wafv2_web_acl" "api" {
  name  = "api"
  scope = "REGIONAL"
  default_action {
    allow {}
  }
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "api"
    sampled_requests_enabled   = true
  }
}

# Protects a different resource than the stages above.
resource "aws_wafv2_web_acl_association" "lb" {
  resource_arn = aws_lb.front.arn
  web_acl_arn  = aws_wafv2_web_acl.api.arn
}

resource "aws_lb" "front" {
  name = "front"
}
