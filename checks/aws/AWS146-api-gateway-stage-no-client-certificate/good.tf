resource "aws_api_gateway_client_certificate" "backend" {
  description = "backend mTLS"
}

resource "aws_api_gateway_stage" "prod" {
  rest_api_id           = "a1b2c3d4e5"
  deployment_id         = "abc123"
  stage_name            = "prod"
  client_certificate_id = aws_api_gateway_client_certificate.backend.id
}
