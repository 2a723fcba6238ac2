resource "aws_opensearch_domain" "search" {
  domain_name = "search"
  vpc_options {
    subnet_ids         = ["subnet-0123456789abcdef0"]
    security_group_ids = [aws_security_group.search.id]
  }
}

resource "aws_security_group" "search" {
  name        = "search"
  description = "OpenSearch clients"
}

resource "aws_elasticsearch_domain" "public" {
  domain_name = "public"
}
