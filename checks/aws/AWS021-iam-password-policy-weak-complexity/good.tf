variable "symbols" {
  type = bool
}

resource "aws_iam_account_password_policy" "full" {
  minimum_password_length      = 14
  require_uppercase_characters = true
  require_lowercase_characters = true
  require_numbers              = true
  require_symbols              = true
}

resource "aws_iam_account_password_policy" "configurable" {
  minimum_password_length      = 14
  require_uppercase_characters = true
  require_lowercase_characters = true
  require_numbers              = true
  require_symbols              = var.symbols
}
