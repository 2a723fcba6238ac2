resource "aws_network_acl" "public" {
  vpc_id = "vpc-0123456789abcdef0"
  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    cidr_block = "0.0.0.0/0"
    from_port  = 443
    to_port    = 443
  }
  ingress {
    rule_no    = 200
    action     = "allow"
    protocol   = "-1"
    cidr_block = "10.0.0.0/16"
    from_port  = 0
    to_port    = 0
  }
}
