# The same configuration turns EBS encryption by default on for the default provider.
resource "aws_ebs_encryption_by_default" "this" {
  enabled = true
}

resource "aws_instance" "web" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  root_block_device {
    volume_size = 30
  }
  metadata_options {
    http_tokens = "required"
  }
}
