resource "aws_opensearch_domain" "search" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.11"
  advanced_security_options {
    enabled = true
    master_user_options {
      master_user_arn = "arn:aws:iam::123456789012:role/search-admin"
    }
  }
}
