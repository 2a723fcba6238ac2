resource "aws_iam_account_password_policy" "strict" { # expect: AWS241
  minimum_password_length = 14
}
