variable "reset" {
  type = bool
}

resource "aws_iam_user_login_profile" "alice" {
  user                    = "alice"
  password_reset_required = true
  pgp_key                 = "keybase:alice"
}

resource "aws_iam_user_login_profile" "carol" {
  user                    = "carol"
  password_reset_required = var.reset
}
