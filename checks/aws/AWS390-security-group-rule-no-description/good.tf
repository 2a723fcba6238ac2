resource "aws_security_group_rule" "https" {
  type              = "ingress"
  description       = "HTTPS from the office"
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/16"]
}

resource "aws_vpc_security_group_ingress_rule" "db" {
  security_group_id = "sg-0123456789abcdef0"
  description       = "PostgreSQL from the app tier"
  from_port         = 5432
  to_port           = 5432
  ip_protocol       = "tcp"
  cidr_ipv4         = "10.0.8.0/24"
}
