resource "aws_acm_certificate" "web" {
  domain_name       = "www.example.com"
  validation_method = "DNS"
}

resource "aws_acm_certificate" "api" {
  domain_name       = "api.example.com"
  validation_method = "DNS"
  options {
    certificate_transparency_logging_preference = "ENABLED"
  }
}
