resource "aws_api_gateway_method" "post" { # expect: AWS148
  rest_api_id   = "a1b2c3d4e5"
  resource_id   = "res123"
  http_method   = "POST"
  authorization = "NONE"
}
