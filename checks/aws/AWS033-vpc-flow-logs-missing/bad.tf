resource "aws_vpc" "dark" { # expect: AWS033
  cidr_block = "10.0.0.0/16"
}
