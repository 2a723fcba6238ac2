resource "aws_lb" "front" {
  name    = "front"
  subnets = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}

resource "aws_lb" "strict" {
  name                   = "strict"
  subnets                = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  desync_mitigation_mode = "strictest"
}
