resource "aws_iam_role_policy" "app" {
  name = "app"
  role = "app"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow" # expect: AWS478
      Action   = ["s3:Get*", "s3:Put*"]
      Resource = "*"
    }]
  })
}
