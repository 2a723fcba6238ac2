resource "aws_instance" "web" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  root_block_device { # expect: AWS101
    volume_size = 30
  }
  metadata_options {
    http_tokens = "required"
  }
}

resource "aws_launch_configuration" "workers" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  root_block_device {
    volume_type = "gp3"
    encrypted   = false # expect: AWS101
  }
}
