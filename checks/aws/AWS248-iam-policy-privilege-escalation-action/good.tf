resource "aws_iam_group_policy" "devs" {
  name  = "devs"
  group = "devs"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = "lambda:UpdateFunctionCode"
        Resource = "arn:aws:lambda:eu-west-1:123456789012:function:dev-*"
      },
      {
        Effect   = "Deny"
        Action   = "iam:AttachUserPolicy"
        Resource = "*"
      },
    ]
  })
}
