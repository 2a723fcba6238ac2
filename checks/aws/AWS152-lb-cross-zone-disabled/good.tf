resource "aws_lb" "nlb" {
  name                             = "nlb"
  load_balancer_type               = "network"
  subnets                          = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  enable_cross_zone_load_balancing = true
}

# Application load balancers always balance across zones.
resource "aws_lb" "alb" {
  name    = "alb"
  subnets = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}
