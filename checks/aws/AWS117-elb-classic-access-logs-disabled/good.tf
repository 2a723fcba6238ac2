resource "aws_elb" "legacy" {
  name    = "legacy"
  subnets = ["subnet-0123456789abcdef0"]
  listener {
    instance_port     = 8080
    instance_protocol = "http"
    lb_port           = 443
    lb_protocol       = "https"
  }
  access_logs {
    bucket   = "corp-lb-logs"
    interval = 60
  }
}
