resource "aws_network_acl" "public" {
  vpc_id = "vpc-0123456789abcdef0"
  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    cidr_block = "203.0.113.10/32"
    from_port  = 21
    to_port    = 21
  }
}
