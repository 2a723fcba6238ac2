resource "aws_iam_policy" "iam_scoped" {
  name = "iam-scoped"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["iam:*"]
        Resource = "arn:aws:iam::123456789012:role/app/*"
      },
    ]
  })
}
