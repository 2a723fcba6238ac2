resource "aws_autoscaling_group" "web" { # expect: AWS162
  name                = "web"
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = ["subnet-0123456789abcdef0"]
  target_group_arns   = ["arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/abc"]
  launch_template {
    id      = "lt-0123456789abcdef0"
    version = "$Latest"
  }
}
