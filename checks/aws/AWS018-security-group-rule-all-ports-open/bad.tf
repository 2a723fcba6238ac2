resource "aws_security_group_rule" "all_world" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  cidr_blocks       = ["0.0.0.0/0"] # expect: AWS018
}

resource "aws_vpc_security_group_ingress_rule" "tcp_all" {
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 0
  to_port           = 65535
  ip_protocol       = "tcp"
  cidr_ipv4         = "0.0.0.0/0" # expect: AWS018
}
