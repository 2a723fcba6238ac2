resource "aws_elasticsearch_domain" "search" { # expect: AWS272
  domain_name    = "search"
  elasticsearch_version = "7.10"
}
