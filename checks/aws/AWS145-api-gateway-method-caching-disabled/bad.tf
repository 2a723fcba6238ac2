resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "prod"
  method_path = "*/*"
  settings {
    metrics_enabled = true
    caching_enabled = false # expect: AWS145
  }
}
