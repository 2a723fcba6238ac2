resource "aws_ssoadmin_permission_set" "admin" {
  name             = "admin"
  instance_arn     = "arn:aws:sso:::instance/ssoins-1234567890abcdef"
  session_duration = "PT8H" # expect: AWS401
}

resource "aws_ssoadmin_permission_set" "minutes" {
  name             = "minutes"
  instance_arn     = "arn:aws:sso:::instance/ssoins-1234567890abcdef"
  session_duration = "PT90M" # expect: AWS401
}
