resource "aws_api_gateway_domain_name" "api" {
  domain_name              = "api.example.com"
  regional_certificate_arn = "arn:aws:acm:eu-west-1:111122223333:certificate/0123"
  security_policy          = "TLS_1_0" # expect: AWS087
  endpoint_configuration {
    types = ["REGIONAL"]
  }
}
