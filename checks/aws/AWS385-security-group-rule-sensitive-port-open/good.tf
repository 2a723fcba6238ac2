resource "aws_security_group_rule" "redis_from_app" {
  type                     = "ingress"
  security_group_id        = "sg-0123456789abcdef0"
  from_port                = 6379
  to_port                  = 6379
  protocol                 = "tcp"
  source_security_group_id = "sg-0fedcba9876543210"
}

resource "aws_security_group_rule" "mysql_out" {
  type              = "egress"
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 3306
  to_port           = 3306
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_vpc_security_group_ingress_rule" "https" {
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 443
  to_port           = 443
  ip_protocol       = "tcp"
  cidr_ipv4         = "0.0.0.0/0"
}
