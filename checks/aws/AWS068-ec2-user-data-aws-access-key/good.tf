variable "bootstrap" {
  type = string
}

resource "aws_instance" "worker" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  iam_instance_profile = "worker"
  user_data            = <<-EOT
    #!/bin/bash
    /opt/worker/start --region eu-west-1
  EOT
}

resource "aws_instance" "configurable" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  user_data     = var.bootstrap
}
