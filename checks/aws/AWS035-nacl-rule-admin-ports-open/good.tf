variable "direction_is_egress" {
  type = bool
}

resource "aws_network_acl_rule" "https" {
  network_acl_id = "acl-0123456789abcdef0"
  rule_number    = 100
  rule_action    = "allow"
  protocol       = "tcp"
  from_port      = 443
  to_port        = 443
  cidr_block     = "0.0.0.0/0"
}

resource "aws_network_acl_rule" "egress_all" {
  network_acl_id = "acl-0123456789abcdef0"
  rule_number    = 100
  egress         = true
  rule_action    = "allow"
  protocol       = "-1"
  cidr_block     = "0.0.0.0/0"
}

resource "aws_network_acl_rule" "deny_rdp" {
  network_acl_id = "acl-0123456789abcdef0"
  rule_number    = 90
  rule_action    = "deny"
  protocol       = "tcp"
  from_port      = 3389
  to_port        = 3389
  cidr_block     = "0.0.0.0/0"
}

# The direction is not known here.
resource "aws_network_acl_rule" "either" {
  network_acl_id = "acl-0123456789abcdef0"
  rule_number    = 120
  egress         = var.direction_is_egress
  rule_action    = "allow"
  protocol       = "-1"
  cidr_block     = "0.0.0.0/0"
}
