resource "aws_default_vpc" "default" { # expect: AWS211
  tags = {
    Name = "Default VPC"
  }
}
