variable "actions" {
  type    = list(string)
  default = ["iam:PutRolePolicy"]
}

resource "aws_iam_role_policy" "deployer" {
  name = "deployer"
  role = "deployer"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow" # expect: AWS248
      Action   = var.actions
      Resource = "*"
    }]
  })
}
