variable "trace" {
  type = bool
}

resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "prod"
  method_path = "*/*"
  settings {
    logging_level   = "ERROR"
    metrics_enabled = true
  }
}

resource "aws_api_gateway_method_settings" "from_var" {
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "dev"
  method_path = "*/*"
  settings {
    data_trace_enabled = var.trace
  }
}
