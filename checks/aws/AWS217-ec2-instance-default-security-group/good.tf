resource "aws_instance" "app" {
  ami             = "ami-0123456789abcdef0"
  instance_type   = "m5.large"
  security_groups = ["web"]
}

resource "aws_instance" "vpc" {
  ami                    = "ami-0123456789abcdef0"
  instance_type          = "m5.large"
  vpc_security_group_ids = ["sg-0123456789abcdef0"]
}
