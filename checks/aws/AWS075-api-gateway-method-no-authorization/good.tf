variable "key_required" {
  type = bool
}

resource "aws_api_gateway_method" "orders_get" {
  rest_api_id   = "a1b2c3d4e5"
  resource_id   = "f6g7h8"
  http_method   = "GET"
  authorization = "AWS_IAM"
}

resource "aws_api_gateway_method" "orders_preflight" {
  rest_api_id   = "a1b2c3d4e5"
  resource_id   = "f6g7h8"
  http_method   = "OPTIONS"
  authorization = "NONE"
}

resource "aws_api_gateway_method" "status_get" {
  rest_api_id      = "a1b2c3d4e5"
  resource_id      = "i9j0k1"
  http_method      = "GET"
  authorization    = "NONE"
  api_key_required = var.key_required
}
