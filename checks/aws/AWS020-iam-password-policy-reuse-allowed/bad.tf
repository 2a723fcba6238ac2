resource "aws_iam_account_password_policy" "some_history" {
  minimum_password_length   = 14
  password_reuse_prevention = 5 # expect: AWS020
}

resource "aws_iam_account_password_policy" "no_history" { # expect: AWS020
  minimum_password_length = 14
}
