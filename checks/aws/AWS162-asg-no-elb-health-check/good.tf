resource "aws_autoscaling_group" "web" {
  name                      = "web"
  min_size                  = 2
  max_size                  = 4
  vpc_zone_identifier       = ["subnet-0123456789abcdef0"]
  target_group_arns         = ["arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/abc"]
  health_check_type         = "ELB"
  health_check_grace_period = 300
  launch_template {
    id      = "lt-0123456789abcdef0"
    version = "$Latest"
  }
}

resource "aws_autoscaling_group" "workers" {
  name                = "workers"
  min_size            = 1
  max_size            = 4
  vpc_zone_identifier = ["subnet-0123456789abcdef0"]
  launch_template {
    id      = "lt-0123456789abcdef0"
    version = "$Latest"
  }
}
