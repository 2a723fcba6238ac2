resource "aws_iam_policy" "deployer" {
  name = "deployer"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["lambda:CreateFunction", "lambda:UpdateFunctionCode"]
        Resource = "*"
      },
      {
        Effect   = "Allow" # expect: AWS079
        Action   = ["iam:GetRole", "iam:PassRole"]
        Resource = "*"
      },
    ]
  })
}
