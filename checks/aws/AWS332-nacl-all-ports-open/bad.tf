resource "aws_network_acl" "public" {
  vpc_id = "vpc-0123456789abcdef0"
  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "-1"
    cidr_block = "0.0.0.0/0" # expect: AWS332
    from_port  = 0
    to_port    = 0
  }
}
