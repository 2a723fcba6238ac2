resource "aws_security_group" "debug" {
  name   = "debug"
  vpc_id = "vpc-0a1b2c3d4e5f60718"

  ingress {
    description = "temporary, remove after the incident"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"] # expect: AWS003
  }
}

resource "aws_security_group" "tcp_everything" {
  name   = "tcp-everything"
  vpc_id = "vpc-0a1b2c3d4e5f60718"

  ingress {
    from_port        = 0
    to_port          = 65535
    protocol         = "tcp"
    ipv6_cidr_blocks = ["::/0"] # expect: AWS003
  }
}
