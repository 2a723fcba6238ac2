# Encryption by default is declared, but switched off: the instance is judged on its own.
resource "aws_ebs_encryption_by_default" "this" {
  enabled = false
}

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
