resource "aws_autoscaling_group" "web" {
  name                 = "web"
  min_size             = 1
  max_size             = 3
  vpc_zone_identifier  = ["subnet-0123456789abcdef0"]
  launch_configuration = "web-lc-2023" # expect: AWS160
}
