resource "aws_security_group" "anonymous" { # expect: AWS388
  name = "anonymous"
}

resource "aws_security_group" "default_text" {
  name        = "default-text"
  description = "Managed by Terraform" # expect: AWS388
}
