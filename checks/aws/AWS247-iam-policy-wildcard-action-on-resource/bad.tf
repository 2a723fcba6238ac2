resource "aws_iam_role_policy" "data" {
  name = "data"
  role = "app"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = {
      Effect   = "Allow" # expect: AWS247
      Action   = "*"
      Resource = ["arn:aws:s3:::corp-data", "arn:aws:s3:::corp-data/*"]
    }
  })
}
