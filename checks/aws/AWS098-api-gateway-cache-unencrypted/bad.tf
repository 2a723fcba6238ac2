resource "aws_api_gateway_method_settings" "all" { # expect: AWS098
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "prod"
  method_path = "*/*"
  settings {
    caching_enabled = true
    metrics_enabled = true
  }
}

resource "aws_api_gateway_method_settings" "items" {
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "prod"
  method_path = "items/GET"
  settings {
    caching_enabled      = true
    cache_data_encrypted = false # expect: AWS098
  }
}
