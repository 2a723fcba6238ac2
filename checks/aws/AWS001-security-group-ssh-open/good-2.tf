# The source range comes from a variable without a default: unknown here, so no finding.
variable "admin_cidr" {
  type = string
}

variable "ssh_port" {
  type = number
}

resource "aws_security_group" "admin" {
  name   = "admin"
  vpc_id = "vpc-0a1b2c3d4e5f60718"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [var.admin_cidr]
  }

  # The port is unknown, so whether 22 is covered cannot be decided.
  ingress {
    from_port   = var.ssh_port
    to_port     = var.ssh_port
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
