resource "aws_security_group_rule" "https_world" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}

# Egress to anywhere is not this rule's concern.
resource "aws_security_group_rule" "egress_all" {
  type              = "egress"
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_vpc_security_group_ingress_rule" "rdp_vpn" {
  security_group_id = "sg-0123456789abcdef0"
  from_port         = 3389
  to_port           = 3389
  ip_protocol       = "tcp"
  cidr_ipv4         = "10.8.0.0/16"
}

resource "aws_vpc_security_group_ingress_rule" "rdp_bastion" {
  security_group_id            = "sg-0123456789abcdef0"
  from_port                    = 3389
  to_port                      = 3389
  ip_protocol                  = "tcp"
  referenced_security_group_id = "sg-0fedcba9876543210"
}
