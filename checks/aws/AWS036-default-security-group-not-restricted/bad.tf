resource "aws_default_security_group" "default" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress { # expect: AWS036
    protocol  = "-1"
    self      = true
    from_port = 0
    to_port   = 0
  }
}

resource "aws_default_security_group" "with_rule" { # expect: AWS036
  vpc_id = "vpc-0fedcba9876543210"
}

resource "aws_vpc_security_group_egress_rule" "default_out" {
  security_group_id = aws_default_security_group.with_rule.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}
