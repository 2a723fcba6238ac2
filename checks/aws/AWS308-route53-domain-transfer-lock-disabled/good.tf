resource "aws_route53domains_registered_domain" "main" {
  domain_name = "example.com"
}
