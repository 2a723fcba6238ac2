variable "source_cidr" {
  type = string
}

resource "aws_security_group_rule" "http_out" {
  type              = "egress"
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 80
  to_port           = 80
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_security_group_rule" "https" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_vpc_security_group_ingress_rule" "http_from_var" {
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 80
  to_port           = 80
  ip_protocol       = "tcp"
  cidr_ipv4         = var.source_cidr
}
