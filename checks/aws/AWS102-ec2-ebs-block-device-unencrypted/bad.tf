resource "aws_instance" "db" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "r6i.large"
  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 200
    encrypted   = true
  }
  ebs_block_device { # expect: AWS102
    device_name = "/dev/sdg"
    volume_size = 200
  }
  metadata_options {
    http_tokens = "required"
  }
}

resource "aws_launch_configuration" "workers" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  ebs_block_device {
    device_name = "/dev/sdf"
    encrypted   = false # expect: AWS102
  }
}
