resource "aws_security_group" "windows" {
  name   = "windows-admin"
  vpc_id = "vpc-0a1b2c3d4e5f60718"

  ingress {
    description = "RDP"
    from_port   = 3389
    to_port     = 3389
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"] # expect: AWS002
  }

  # RDP also runs a UDP transport on the same port.
  ingress {
    from_port        = 3389
    to_port          = 3389
    protocol         = "udp"
    ipv6_cidr_blocks = ["::/0"] # expect: AWS002
  }
}

resource "aws_security_group" "high_ports" {
  name   = "high-ports"
  vpc_id = "vpc-0a1b2c3d4e5f60718"

  ingress {
    from_port   = 3000
    to_port     = 4000
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"] # expect: AWS002
  }
}

resource "aws_security_group" "everything" {
  name   = "everything"
  vpc_id = "vpc-0a1b2c3d4e5f60718"

  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = -1
    cidr_blocks = ["0.0.0.0/0"] # expect: AWS002
  }
}
