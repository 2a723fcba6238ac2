variable "public" {
  type = bool
}

resource "aws_launch_template" "web" {
  name_prefix   = "web-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  network_interfaces {
    associate_public_ip_address = false
  }
}

resource "aws_launch_template" "configurable" {
  name_prefix   = "configurable-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  network_interfaces {
    associate_public_ip_address = var.public
  }
}
