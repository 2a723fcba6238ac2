resource "aws_instance" "app" { # expect: AWS210
  ami           = "ami-0123456789abcdef0"
  instance_type = "m5.large"
}
