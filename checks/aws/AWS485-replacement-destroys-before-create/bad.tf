resource "aws_acm_certificate" "web" { # expect: AWS485
  domain_name       = "www.example.com"
  validation_method = "DNS"
}

resource "aws_api_gateway_deployment" "api" {
  rest_api_id = "a1b2c3d4e5"
  lifecycle {
    create_before_destroy = false # expect: AWS485
  }
}
