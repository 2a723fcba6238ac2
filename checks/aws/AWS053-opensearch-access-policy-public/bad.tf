resource "aws_opensearch_domain" "open" {
  domain_name    = "open"
  engine_version = "OpenSearch_2.11"
  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow" # expect: AWS053
      Principal = { AWS = "*" }
      Action    = "es:*"
      Resource  = "arn:aws:es:eu-west-1:111122223333:domain/open/*"
    }]
  })
}

resource "aws_opensearch_domain" "split" { # expect: AWS053
  domain_name    = "split"
  engine_version = "OpenSearch_2.11"
}

resource "aws_opensearch_domain_policy" "split" {
  domain_name = aws_opensearch_domain.split.domain_name
  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = {
      Effect    = "Allow"
      Principal = "*"
      Action    = "es:ESHttp*"
      Resource  = "arn:aws:es:eu-west-1:111122223333:domain/split/*"
    }
  })
}
