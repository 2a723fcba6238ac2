resource "aws_api_gateway_method_settings" "off" {
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "prod"
  method_path = "*/*"
  settings {
    logging_level   = "OFF" # expect: AWS142
    metrics_enabled = true
  }
}

resource "aws_api_gateway_method_settings" "unset" { # expect: AWS142
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "test"
  method_path = "*/*"
  settings {
    metrics_enabled = true
  }
}
