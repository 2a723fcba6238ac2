resource "aws_lb" "front" {
  name                       = "front"
  load_balancer_type         = "application"
  subnets                    = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  drop_invalid_header_fields = true
  access_logs {
    bucket  = "corp-lb-logs"
    prefix  = "front"
    enabled = true
  }
}

# Gateway load balancers cannot write access logs.
resource "aws_lb" "inspection" {
  name               = "inspection"
  load_balancer_type = "gateway"
  subnets            = ["subnet-0123456789abcdef0"]
}

variable "access_logs_enabled" {
  type = bool
}

resource "aws_lb" "internal" {
  name                       = "internal"
  internal                   = true
  subnets                    = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  drop_invalid_header_fields = true
  access_logs {
    bucket  = "corp-lb-logs"
    enabled = var.access_logs_enabled
  }
}
