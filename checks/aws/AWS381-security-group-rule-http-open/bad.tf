resource "aws_security_group_rule" "http" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 80
  to_port           = 80
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"] # expect: AWS381
}

resource "aws_vpc_security_group_ingress_rule" "http" {
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 80
  to_port           = 80
  ip_protocol       = "tcp"
  cidr_ipv6         = "::/0" # expect: AWS381
}
