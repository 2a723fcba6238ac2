variable "peer_cidr" {
  type = string
}

resource "aws_vpc_security_group_ingress_rule" "peer_all" {
  security_group_id = "sg-0123456789abcdef0"
  ip_protocol       = "-1"
  cidr_ipv4         = var.peer_cidr
}
