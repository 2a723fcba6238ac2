resource "aws_ebs_volume" "data" { # expect: AWS218
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
}
