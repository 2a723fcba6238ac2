resource "aws_iam_user_policy" "ops" {
  name = "ops"
  user = "ops"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["ec2:Describe*"]
        Resource = "*"
      },
      {
        Effect   = "Allow" # expect: AWS248
        Action   = ["iam:CreatePolicyVersion", "iam:ListPolicies"]
        Resource = "*"
      },
    ]
  })
}

resource "aws_iam_group_policy" "devs" {
  name  = "devs"
  group = "devs"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = {
      Effect   = "Allow" # expect: AWS248
      Action   = "lambda:UpdateFunctionCode"
      Resource = ["*"]
    }
  })
}
