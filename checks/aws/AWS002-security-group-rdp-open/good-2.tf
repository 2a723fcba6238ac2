variable "rdp_sources" {
  type = list(string)
}

variable "office_cidr" {
  type = string
}

resource "aws_security_group" "windows" {
  name   = "windows-admin"
  vpc_id = "vpc-0a1b2c3d4e5f60718"

  # Sources supplied by the caller: unknown, no finding.
  ingress {
    from_port   = 3389
    to_port     = 3389
    protocol    = "tcp"
    cidr_blocks = var.rdp_sources
  }

  ingress {
    from_port   = 3389
    to_port     = 3389
    protocol    = "tcp"
    cidr_blocks = [var.office_cidr]
  }
}
