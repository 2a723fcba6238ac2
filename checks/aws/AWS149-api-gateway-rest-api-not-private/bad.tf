resource "aws_api_gateway_rest_api" "edge" { # expect: AWS149
  name = "orders"
}

resource "aws_api_gateway_rest_api" "regional" {
  name = "billing"
  endpoint_configuration {
    types = ["REGIONAL"] # expect: AWS149
  }
}
