resource "aws_opensearch_domain" "search" { # expect: AWS049
  domain_name    = "search"
  engine_version = "OpenSearch_2.11"
}

resource "aws_elasticsearch_domain" "legacy" {
  domain_name           = "legacy"
  elasticsearch_version = "7.10"
  encrypt_at_rest {
    enabled = false # expect: AWS049
  }
}
