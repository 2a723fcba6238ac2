variable "tls_policy" {
  type = string
}

resource "aws_opensearch_domain" "search" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.11"
  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"
  }
}

resource "aws_opensearch_domain" "configurable" {
  domain_name    = "configurable"
  engine_version = "OpenSearch_2.11"
  domain_endpoint_options {
    tls_security_policy = var.tls_policy
  }
}
