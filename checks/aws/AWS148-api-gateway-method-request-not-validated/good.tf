resource "aws_api_gateway_request_validator" "all" {
  name                        = "all"
  rest_api_id                 = "a1b2c3d4e5"
  validate_request_body       = true
  validate_request_parameters = true
}

resource "aws_api_gateway_method" "post" {
  rest_api_id          = "a1b2c3d4e5"
  resource_id          = "res123"
  http_method          = "POST"
  authorization        = "NONE"
  request_validator_id = aws_api_gateway_request_validator.all.id
}

resource "aws_api_gateway_method" "authorized" {
  rest_api_id   = "a1b2c3d4e5"
  resource_id   = "res123"
  http_method   = "GET"
  authorization = "AWS_IAM"
}
