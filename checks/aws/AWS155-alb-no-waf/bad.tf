resource "aws_lb" "front" { # expect: AWS155
  name    = "front"
  subnets = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}
