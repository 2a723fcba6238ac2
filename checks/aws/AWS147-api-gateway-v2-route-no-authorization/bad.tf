resource "aws_apigatewayv2_route" "orders" { # expect: AWS147
  api_id    = "a1b2c3d4e5"
  route_key = "POST /orders"
  target    = "integrations/abc123"
}

resource "aws_apigatewayv2_route" "connect" {
  api_id             = "a1b2c3d4e5"
  route_key          = "$connect"
  authorization_type = "NONE" # expect: AWS147
}
