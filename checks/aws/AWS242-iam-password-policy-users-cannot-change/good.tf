resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length        = 14
  allow_users_to_change_password = true
}

resource "aws_iam_account_password_policy" "defaults" {
  minimum_password_length = 14
}
