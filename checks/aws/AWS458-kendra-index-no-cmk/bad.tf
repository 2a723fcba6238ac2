resource "aws_kendra_index" "docs" { # expect: AWS458
  name     = "docs"
  role_arn = "arn:aws:iam::123456789012:role/kendra"
}
