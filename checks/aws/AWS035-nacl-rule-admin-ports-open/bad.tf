resource "aws_network_acl_rule" "ssh" {
  network_acl_id = "acl-0123456789abcdef0"
  rule_number    = 100
  rule_action    = "allow"
  protocol       = "tcp"
  from_port      = 22
  to_port        = 22
  cidr_block     = "0.0.0.0/0" # expect: AWS035
}

resource "aws_network_acl_rule" "everything_v6" {
  network_acl_id  = "acl-0123456789abcdef0"
  rule_number     = 110
  egress          = false
  rule_action     = "allow"
  protocol        = "-1"
  ipv6_cidr_block = "::/0" # expect: AWS035
}
