resource "aws_ami_launch_permission" "staging" {
  image_id   = "ami-0123456789abcdef0"
  account_id = "444455556666"
}

resource "aws_ami_launch_permission" "org" {
  image_id         = "ami-0123456789abcdef0"
  organization_arn = "arn:aws:organizations::111122223333:organization/o-a1b2c3d4e5"
}
