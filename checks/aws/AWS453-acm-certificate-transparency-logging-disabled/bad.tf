resource "aws_acm_certificate" "web" {
  domain_name       = "www.example.com"
  validation_method = "DNS"
  options {
    certificate_transparency_logging_preference = "DISABLED" # expect: AWS453
  }
}
