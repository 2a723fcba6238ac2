resource "aws_apigatewayv2_route" "orders" {
  api_id             = "a1b2c3d4e5"
  route_key          = "POST /orders"
  authorization_type = "JWT"
  authorizer_id      = "auth01"
}

resource "aws_apigatewayv2_route" "preflight" {
  api_id    = "a1b2c3d4e5"
  route_key = "OPTIONS /orders"
}

# WebSocket message routes are authorized at $connect.
resource "aws_apigatewayv2_route" "message" {
  api_id    = "a1b2c3d4e5"
  route_key = "sendmessage"
}

resource "aws_apigatewayv2_route" "iam" {
  api_id             = "a1b2c3d4e5"
  route_key          = "GET /status"
  authorization_type = "AWS_IAM"
}
