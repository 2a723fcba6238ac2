resource "aws_route53domains_registered_domain" "main" {
  domain_name   = "example.com"
  transfer_lock = false # expect: AWS308
}
