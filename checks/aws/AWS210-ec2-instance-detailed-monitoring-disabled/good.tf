resource "aws_instance" "app" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "m5.large"
  monitoring    = true
}
