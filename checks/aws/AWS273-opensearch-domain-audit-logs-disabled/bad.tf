resource "aws_opensearch_domain" "search" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.11"
  log_publishing_options {
    log_type                 = "ES_APPLICATION_LOGS" # expect: AWS273
    cloudwatch_log_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:search"
  }
}
