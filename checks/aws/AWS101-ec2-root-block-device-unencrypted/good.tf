resource "aws_instance" "web" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  root_block_device {
    volume_size = 30
    encrypted   = true
  }
  metadata_options {
    http_tokens = "required"
  }
}

variable "encrypt_root" {
  type = bool
}

resource "aws_launch_configuration" "workers" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  root_block_device {
    encrypted = var.encrypt_root
  }
}

# No root_block_device: the AMI and the account default decide, not judged.
resource "aws_instance" "bastion" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}
