resource "aws_iam_instance_profile" "app" {
  name = "app"
  role = "app"
}

resource "aws_instance" "app" {
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "m5.large"
  iam_instance_profile = aws_iam_instance_profile.app.name
}
