resource "aws_lb" "front" { # expect: AWS151
  name    = "front"
  subnets = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}

resource "aws_lb" "api" {
  name                       = "api"
  subnets                    = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  enable_deletion_protection = false # expect: AWS151
}
