resource "aws_ssoadmin_permission_set" "admin" {
  name             = "admin"
  instance_arn     = "arn:aws:sso:::instance/ssoins-1234567890abcdef"
  session_duration = "PT1H"
}

resource "aws_ssoadmin_permission_set" "short" {
  name             = "short"
  instance_arn     = "arn:aws:sso:::instance/ssoins-1234567890abcdef"
  session_duration = "PT30M"
}

resource "aws_ssoadmin_permission_set" "default" {
  name         = "default"
  instance_arn = "arn:aws:sso:::instance/ssoins-1234567890abcdef"
}
