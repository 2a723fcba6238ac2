provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

# Encryption by default is on for an aliased provider. Whether that is this instance's region is
# not decidable from the references alone, so the instance is not judged.
resource "aws_ebs_encryption_by_default" "west" {
  provider = aws.west
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
