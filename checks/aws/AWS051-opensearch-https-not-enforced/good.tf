variable "https" {
  type = bool
}

resource "aws_opensearch_domain" "search" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.11"
  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}

resource "aws_opensearch_domain" "defaults" {
  domain_name    = "defaults"
  engine_version = "OpenSearch_2.11"
}

resource "aws_elasticsearch_domain" "configurable" {
  domain_name           = "configurable"
  elasticsearch_version = "7.10"
  domain_endpoint_options {
    enforce_https = var.https
  }
}
