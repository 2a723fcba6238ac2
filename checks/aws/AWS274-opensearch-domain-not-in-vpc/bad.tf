resource "aws_opensearch_domain" "search" { # expect: AWS274
  domain_name    = "search"
  engine_version = "OpenSearch_2.11"
}
