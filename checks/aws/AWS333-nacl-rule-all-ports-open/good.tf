resource "aws_network_acl_rule" "https" {
  network_acl_id = "acl-0123456789abcdef0"
  rule_number    = 100
  rule_action    = "allow"
  protocol       = "tcp"
  from_port      = 443
  to_port        = 443
  cidr_block     = "0.0.0.0/0"
}

resource "aws_network_acl_rule" "egress" {
  network_acl_id = "acl-0123456789abcdef0"
  rule_number    = 100
  egress         = true
  rule_action    = "allow"
  protocol       = "-1"
  cidr_block     = "0.0.0.0/0"
}
