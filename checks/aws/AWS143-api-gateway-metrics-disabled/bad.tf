resource "aws_api_gateway_method_settings" "all" { # expect: AWS143
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "prod"
  method_path = "*/*"
  settings {
    logging_level = "ERROR"
  }
}
