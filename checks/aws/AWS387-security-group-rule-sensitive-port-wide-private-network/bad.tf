resource "aws_security_group_rule" "rdp_corp" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 3389
  to_port           = 3389
  protocol          = "tcp"
  cidr_blocks       = ["192.168.0.0/16"] # expect: AWS387
}

resource "aws_vpc_security_group_ingress_rule" "mysql" {
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 3306
  to_port           = 3306
  ip_protocol       = "tcp"
  cidr_ipv4         = "10.0.0.0/8" # expect: AWS387
}
