resource "aws_acm_certificate" "web" {
  domain_name       = "www.example.com"
  validation_method = "DNS"
  lifecycle {
    create_before_destroy = true
  }
}
