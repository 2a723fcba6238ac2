resource "aws_opensearch_domain" "search" { # expect: AWS050
  domain_name    = "search"
  engine_version = "OpenSearch_2.11"
}

resource "aws_elasticsearch_domain" "legacy" {
  domain_name           = "legacy"
  elasticsearch_version = "7.10"
  node_to_node_encryption {
    enabled = false # expect: AWS050
  }
}
