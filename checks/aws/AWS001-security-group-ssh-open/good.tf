# Public HTTPS next to SSH that is limited to the VPN range: each ingress block is judged on its own.
resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = "vpc-0a1b2c3d4e5f60718"

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.8.0.0/16"]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# SSH only from another security group.
resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = "vpc-0a1b2c3d4e5f60718"

  ingress {
    from_port       = 22
    to_port         = 22
    protocol        = "tcp"
    security_groups = ["sg-0123456789abcdef0"]
  }
}

# UDP on 22 is not SSH.
resource "aws_security_group" "udp_only" {
  name   = "udp-only"
  vpc_id = "vpc-0a1b2c3d4e5f60718"

  ingress {
    from_port   = 0
    to_port     = 1024
    protocol    = "udp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
