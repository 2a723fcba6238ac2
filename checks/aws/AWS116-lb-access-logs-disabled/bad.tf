resource "aws_lb" "front" { # expect: AWS116
  name                       = "front"
  load_balancer_type         = "application"
  subnets                    = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  drop_invalid_header_fields = true
}

resource "aws_lb" "api" {
  name                       = "api"
  subnets                    = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  drop_invalid_header_fields = true
  access_logs {
    bucket  = "corp-lb-logs"
    enabled = false # expect: AWS116
  }
}
