variable "subnet_ids" {
  type = list(string)
}

resource "aws_opensearch_domain" "restricted" {
  domain_name    = "restricted"
  engine_version = "OpenSearch_2.11"
  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "es:ESHttp*"
      Resource  = "arn:aws:es:eu-west-1:111122223333:domain/restricted/*"
      Condition = { IpAddress = { "aws:SourceIp" = ["203.0.113.0/24"] } }
    }]
  })
}

resource "aws_opensearch_domain" "private" {
  domain_name    = "private"
  engine_version = "OpenSearch_2.11"
  vpc_options {
    subnet_ids = var.subnet_ids
  }
  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "es:*"
      Resource  = "arn:aws:es:eu-west-1:111122223333:domain/private/*"
    }]
  })
}

resource "aws_opensearch_domain" "named" {
  domain_name    = "named"
  engine_version = "OpenSearch_2.11"
}

resource "aws_opensearch_domain_policy" "named" {
  domain_name = aws_opensearch_domain.named.domain_name
  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:role/search-writer" }
      Action    = "es:ESHttp*"
      Resource  = "arn:aws:es:eu-west-1:111122223333:domain/named/*"
    }]
  })
}
