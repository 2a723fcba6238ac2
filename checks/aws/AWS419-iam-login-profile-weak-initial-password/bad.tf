resource "aws_iam_user_login_profile" "alice" {
  user                    = "alice"
  password_reset_required = false # expect: AWS419
}

resource "aws_iam_user_login_profile" "bob" {
  user                    = "bob"
  password_reset_required = true
  password_length         = 8 # expect: AWS419
}
