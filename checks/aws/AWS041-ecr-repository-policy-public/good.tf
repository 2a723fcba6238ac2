resource "aws_ecr_repository_policy" "org" {
  repository = "shared"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "OrgPulls"
      Effect    = "Allow"
      Principal = "*"
      Action    = ["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"]
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-abcdef1234" } }
    }]
  })
}

resource "aws_ecr_repository_policy" "account" {
  repository = "partner"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      Action    = ["ecr:BatchGetImage"]
    }]
  })
}
