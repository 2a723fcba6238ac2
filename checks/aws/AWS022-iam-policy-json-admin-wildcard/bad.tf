resource "aws_iam_policy" "admin" {
  name = "admin"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "*" # expect: AWS022
      Resource = "*"
    }]
  })
}

resource "aws_iam_role_policy" "lists" {
  name = "everything"
  role = "deployer"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:GetObject"]
        Resource = ["arn:aws:s3:::corp-data/*"]
      },
      {
        Effect   = "Allow"
        Action   = ["*"] # expect: AWS022
        Resource = ["*"]
      },
    ]
  })
}

resource "aws_iam_user_policy" "heredoc" {
  name   = "root-like"
  user   = "ops"
  # expect: AWS022
  policy = <<-JSON
    {
      "Version": "2012-10-17",
      "Statement": [
        { "Effect": "Allow", "Action": "*:*", "Resource": "*" }
      ]
    }
  JSON
}
