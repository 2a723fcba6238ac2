resource "aws_security_group" "web" {
  name        = "web"
  description = "web tier"

  ingress { # expect: AWS389
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }

  egress {
    description = ""  # expect: AWS389
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["10.0.0.0/16"]
  }
}
