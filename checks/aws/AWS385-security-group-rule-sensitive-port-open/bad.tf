resource "aws_security_group_rule" "redis" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 6379
  to_port           = 6379
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"] # expect: AWS385
}

resource "aws_vpc_security_group_ingress_rule" "mongo" {
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 27017
  to_port           = 27017
  ip_protocol       = "tcp"
  cidr_ipv4         = "0.0.0.0/0" # expect: AWS385
}
