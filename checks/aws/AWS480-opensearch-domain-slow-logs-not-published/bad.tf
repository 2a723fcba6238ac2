resource "aws_elasticsearch_domain" "search" {
  domain_name           = "search"
  elasticsearch_version = "7.10"
  log_publishing_options {
    log_type                 = "ES_APPLICATION_LOGS" # expect: AWS480
    cloudwatch_log_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:/es/search"
  }
}

resource "aws_opensearch_domain" "logs" { # expect: AWS480
  domain_name    = "logs"
  engine_version = "OpenSearch_2.13"
}
