variable "peer_cidr" {
  type = string
}

variable "protocol" {
  type = string
}

resource "aws_security_group" "peering" {
  name   = "peering"
  vpc_id = "vpc-0a1b2c3d4e5f60718"

  # Source unknown at lint time.
  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = [var.peer_cidr]
  }

  # Protocol unknown at lint time, and 0-0 only means "everything" for protocol -1.
  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = var.protocol
    cidr_blocks = ["0.0.0.0/0"]
  }
}
