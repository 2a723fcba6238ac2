resource "aws_instance" "app" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "m5.large"
  ebs_optimized = true
}

# t2 instances cannot be EBS-optimized.
resource "aws_instance" "small" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t2.micro"
}
