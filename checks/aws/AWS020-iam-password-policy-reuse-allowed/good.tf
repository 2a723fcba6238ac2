variable "history" {
  type = number
}

resource "aws_iam_account_password_policy" "cis" {
  minimum_password_length   = 14
  password_reuse_prevention = 24
}

resource "aws_iam_account_password_policy" "configurable" {
  password_reuse_prevention = var.history
}
