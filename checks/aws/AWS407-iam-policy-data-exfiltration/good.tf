resource "aws_iam_policy" "app" {
  name = "app"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = "secretsmanager:GetSecretValue"
        Resource = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:app/*"
      },
      {
        Effect    = "Allow"
        Action    = "s3:Get*"
        Resource  = "*"
        Condition = { StringEquals = { "aws:ResourceTag/app" = "billing" } }
      },
      {
        Effect   = "Deny"
        Action   = "secretsmanager:GetSecretValue"
        Resource = "*"
      }
    ]
  })
}

resource "aws_iam_role_policy" "from_document" {
  role   = "app"
  policy = data.aws_iam_policy_document.app.json
}
