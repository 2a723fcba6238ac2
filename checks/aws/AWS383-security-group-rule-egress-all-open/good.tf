resource "aws_security_group_rule" "all_in_vpc" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_vpc_security_group_egress_rule" "https_out" {
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 443
  to_port           = 443
  ip_protocol       = "tcp"
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_egress_rule" "to_sg" {
  security_group_id            = "sg-0123456789abcdef0"
  ip_protocol                  = "-1"
  referenced_security_group_id = "sg-0fedcba9876543210"
}
