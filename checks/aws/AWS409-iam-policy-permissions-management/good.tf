resource "aws_iam_policy" "app" {
  name = "app"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = "s3:PutBucketPolicy"
        Resource = "arn:aws:s3:::app-data"
      },
      {
        Effect    = "Allow"
        Action    = "kms:CreateGrant"
        Resource  = "*"
        Condition = { StringEquals = { "aws:ResourceTag/app" = "billing" } }
      },
      {
        Effect   = "Deny"
        Action   = "s3:PutBucketPolicy"
        Resource = "*"
      }
    ]
  })
}

resource "aws_iam_role_policy" "from_document" {
  role   = "app"
  policy = data.aws_iam_policy_document.app.json
}
