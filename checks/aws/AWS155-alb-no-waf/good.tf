resource "aws_lb" "front" {
  name    = "front"
  subnets = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}

resource "aws_wafv2_web_acl_association" "front" {
  resource_arn = aws_lb.front.arn
  web_acl_arn  = "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/front/abc"
}

resource "aws_lb" "internal" {
  name     = "internal"
  internal = true
  subnets  = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}

resource "aws_lb" "nlb" {
  name               = "nlb"
  load_balancer_type = "network"
  subnets            = ["subnet-0123456789abcdef0"]
}

# The association's target comes from a variable: it may be this load balancer, so no finding.
variable "protected_lb_arn" {
  type = string
}

resource "aws_lb" "shared" {
  name    = "shared"
  subnets = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
}

resource "aws_wafv2_web_acl_association" "shared" {
  resource_arn = var.protected_lb_arn
  web_acl_arn  = "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/shared/abc"
}
