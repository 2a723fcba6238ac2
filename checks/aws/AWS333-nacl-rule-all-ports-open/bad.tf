resource "aws_network_acl_rule" "any" {
  network_acl_id = "acl-0123456789abcdef0"
  rule_number    = 100
  rule_action    = "allow"
  protocol       = "tcp"
  from_port      = 0
  to_port        = 65535
  cidr_block     = "0.0.0.0/0" # expect: AWS333
}
