resource "aws_ebs_volume" "data" { # expect: AWS005
  availability_zone = "eu-west-1a"
  size              = 100
  type              = "gp3"
}

resource "aws_ebs_volume" "scratch" {
  availability_zone = "eu-west-1b"
  size              = 500
  encrypted         = false # expect: AWS005
}
