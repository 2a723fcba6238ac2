resource "aws_iam_policy" "app" {
  name = "app"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = "sts:AssumeRole"
        Resource = "arn:aws:iam::111122223333:role/deploy"
      },
      {
        Effect    = "Allow"
        Action    = "ec2:GetPasswordData"
        Resource  = "*"
        Condition = { StringEquals = { "aws:ResourceTag/app" = "billing" } }
      },
      {
        Effect   = "Deny"
        Action   = "sts:AssumeRole"
        Resource = "*"
      }
    ]
  })
}

resource "aws_iam_role_policy" "from_document" {
  role   = "app"
  policy = data.aws_iam_policy_document.app.json
}
