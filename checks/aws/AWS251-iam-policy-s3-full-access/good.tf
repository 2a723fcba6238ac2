resource "aws_iam_role_policy" "app" {
  name = "app"
  role = "app"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:PutObject"]
        Resource = "arn:aws:s3:::corp-data/*"
      },
      {
        Effect   = "Deny"
        Action   = "s3:*"
        Resource = "arn:aws:s3:::corp-audit/*"
      },
    ]
  })
}
