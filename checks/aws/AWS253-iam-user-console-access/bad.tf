resource "aws_iam_user_login_profile" "alice" { # expect: AWS253
  user    = "alice"
  pgp_key = "keybase:alice"
}
