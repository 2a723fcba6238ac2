resource "aws_opensearch_domain" "search" { # expect: AWS276
  domain_name    = "search"
  engine_version = "OpenSearch_2.11"
  cluster_config {
    instance_type  = "r6g.large.search"
    instance_count = 3
  }
}
