resource "aws_iam_account_password_policy" "short" {
  minimum_password_length = 8 # expect: AWS019
}

# Left unset, AWS accepts 6 characters.
resource "aws_iam_account_password_policy" "default" { # expect: AWS019
  require_symbols = true
}
