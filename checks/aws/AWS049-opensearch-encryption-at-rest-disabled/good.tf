variable "encrypted" {
  type = bool
}

resource "aws_opensearch_domain" "search" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.11"
  encrypt_at_rest {
    enabled    = true
    kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/0123abcd-0123-4567-89ab-0123456789ab"
  }
}

resource "aws_elasticsearch_domain" "configurable" {
  domain_name           = "configurable"
  elasticsearch_version = "7.10"
  encrypt_at_rest {
    enabled = var.encrypted
  }
}
