resource "aws_lb" "nlb" { # expect: AWS152
  name               = "nlb"
  load_balancer_type = "network"
  subnets            = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}
