# Managing the default group with no rules removes AWS's allow rules.
resource "aws_default_security_group" "locked" {
  vpc_id = "vpc-0123456789abcdef0"
}
