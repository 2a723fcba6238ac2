variable "min_length" {
  type = number
}

resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length = 16
}

# Decided by whoever applies the module: unknown, no finding.
resource "aws_iam_account_password_policy" "configurable" {
  minimum_password_length = var.min_length
}
