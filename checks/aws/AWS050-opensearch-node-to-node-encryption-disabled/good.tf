variable "n2n" {
  type = bool
}

resource "aws_opensearch_domain" "search" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.11"
  node_to_node_encryption {
    enabled = true
  }
}

resource "aws_opensearch_domain" "configurable" {
  domain_name    = "configurable"
  engine_version = "OpenSearch_2.11"
  node_to_node_encryption {
    enabled = var.n2n
  }
}
