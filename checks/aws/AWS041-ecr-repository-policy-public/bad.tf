resource "aws_ecr_repository_policy" "world" {
  repository = "shared"
  policy = jsonencode({ # expect: AWS041
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AnyonePulls"
      Effect    = "Allow"
      Principal = "*"
      Action    = ["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"]
    }]
  })
}
