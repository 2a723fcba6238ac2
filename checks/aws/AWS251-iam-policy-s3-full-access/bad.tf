resource "aws_iam_role_policy" "app" {
  name = "app"
  role = "app"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow" # expect: AWS251
      Action   = "s3:*"
      Resource = ["arn:aws:s3:::corp-data", "arn:aws:s3:::corp-data/*"]
    }]
  })
}
