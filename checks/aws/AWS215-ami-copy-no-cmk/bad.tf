resource "aws_ami_copy" "base" { # expect: AWS215
  name              = "base"
  source_ami_id     = "ami-0123456789abcdef0"
  source_ami_region = "us-east-1"
  encrypted         = true
}
