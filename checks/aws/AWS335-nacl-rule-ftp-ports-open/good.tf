resource "aws_network_acl_rule" "ftp" {
  network_acl_id = "acl-0123456789abcdef0"
  rule_number    = 110
  rule_action    = "deny"
  protocol       = "tcp"
  from_port      = 21
  to_port        = 21
  cidr_block     = "0.0.0.0/0"
}
