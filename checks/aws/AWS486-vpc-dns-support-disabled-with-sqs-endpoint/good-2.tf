resource "aws_vpc" "isolated" {
  cidr_block         = "10.1.0.0/16"
  enable_dns_support = false
}
