resource "aws_instance" "api" { # expect: AWS013
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.small"
  subnet_id     = "subnet-0a1b2c3d4e5f60718"
}

resource "aws_launch_template" "workers" {
  name_prefix   = "workers-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "m6i.large"

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "optional" # expect: AWS013
  }
}

# A metadata_options block that leaves http_tokens unset still allows IMDSv1.
resource "aws_instance" "batch" { # expect: AWS013
  ami           = "ami-0123456789abcdef0"
  instance_type = "c6i.xlarge"

  metadata_options {
    http_put_response_hop_limit = 2
  }
}
