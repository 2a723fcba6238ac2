resource "aws_ami_launch_permission" "everyone" {
  image_id = "ami-0123456789abcdef0"
  group    = "all" # expect: AWS138
}
