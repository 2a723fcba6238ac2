resource "aws_iam_user" "ci" {
  name = "ci"
}

resource "aws_iam_access_key" "ci" { # expect: AWS080
  user = aws_iam_user.ci.name
}
