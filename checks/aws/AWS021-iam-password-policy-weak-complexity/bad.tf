resource "aws_iam_account_password_policy" "no_symbols" {
  minimum_password_length      = 14
  require_uppercase_characters = true
  require_lowercase_characters = true
  require_numbers              = true
  require_symbols              = false # expect: AWS021
}

resource "aws_iam_account_password_policy" "length_only" { # expect: AWS021
  minimum_password_length = 20
}
