resource "aws_opensearch_domain" "search" { # expect: AWS271
  domain_name    = "search"
  engine_version = "OpenSearch_2.11"
  encrypt_at_rest {
    enabled = true
  }
}
