resource "aws_cognito_user_pool" "users" { # expect: AWS181
  name = "users"
}

resource "aws_cognito_user_pool" "staff" {
  name              = "staff"
  mfa_configuration = "OFF" # expect: AWS181
}
