resource "aws_network_acl" "public" {
  vpc_id = "vpc-0123456789abcdef0"
  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    cidr_block = "0.0.0.0/0" # expect: AWS334
    from_port  = 20
    to_port    = 21
  }
}
