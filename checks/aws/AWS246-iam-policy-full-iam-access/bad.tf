resource "aws_iam_policy" "iam_admin" {
  name = "iam-admin"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow" # expect: AWS246
        Action   = ["iam:*"]
        Resource = "*"
      },
    ]
  })
}
