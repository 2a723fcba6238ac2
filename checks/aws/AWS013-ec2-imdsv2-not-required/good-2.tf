variable "imds_tokens" {
  type = string
}

resource "aws_instance" "legacy_app" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.medium"

  metadata_options {
    http_tokens = var.imds_tokens
  }
}
